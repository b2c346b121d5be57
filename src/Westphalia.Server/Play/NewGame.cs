using Westphalia.Classroom;

namespace Westphalia.Server.Play;

/// <summary>What an instructor chooses when creating a game.</summary>
/// <param name="Name">The game's name, shown to everyone in it.</param>
/// <param name="Scenario">A built-in scenario's name.</param>
/// <param name="Seed">The seed of the run.</param>
/// <param name="Teams">The states the teams govern, by name.</param>
/// <param name="TurnMonths">Months per turn (12: a year).</param>
/// <param name="Policy">What happens to a team's state without orders.</param>
/// <param name="TurnMinutes">Minutes a turn stays open (0: no deadline).</param>
/// <param name="StateSecurityWeight">The weight of state security in a grade (human security has the rest).</param>
/// <param name="Settings">Scenario settings (<c>years=10</c> and the like, as <c>--set</c> takes them).</param>
public sealed record NewGame(
    string Name,
    string Scenario,
    ulong Seed,
    IReadOnlyList<string> Teams,
    int TurnMonths = 12,
    MissingOrdersPolicy Policy = MissingOrdersPolicy.Computer,
    int TurnMinutes = 0,
    double StateSecurityWeight = 0.5,
    IReadOnlyList<string>? Settings = null)
{
    public IReadOnlyList<string> Settings { get; init; } = Settings ?? [];
}
