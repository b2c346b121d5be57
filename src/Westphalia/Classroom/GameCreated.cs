namespace Westphalia.Classroom;

/// <summary>
/// The first event of a game: the scenario's YAML text (a built-in scenario's text is stored, not its name, so that the
/// log outlives a change to the built-in), the settings applied to it (<c>--set</c> overrides such as <c>years=5</c>),
/// the seed, the teams (the names of the states they govern), the length of a turn in months and the missing-orders policy.
/// </summary>
public sealed record GameCreated(
    string ScenarioText, IReadOnlyList<string> Settings, ulong Seed, IReadOnlyList<string> Teams, int TurnMonths, MissingOrdersPolicy Policy) : GameEvent;
