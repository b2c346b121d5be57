namespace Westphalia.Server.Play;

/// <summary>A game's world after one turn, replayed from its log, as the after-action review shows it.</summary>
/// <param name="Turn">The turn (0: the world before the first).</param>
/// <param name="Year">The year the simulation had reached after it.</param>
/// <param name="Month">The month (1 to 12) it had reached.</param>
/// <param name="StateHash">The hash the log recorded after the turn; null for turn 0.</param>
/// <param name="ReplayError">Why the replay failed (a hash that differs from the log's, a malformed log); null when it matched.</param>
/// <param name="Teams">Each team's figures after the turn.</param>
/// <param name="Events">The events of the turn.</param>
/// <param name="Orders">The orders each team submitted for the turn, as JSON; null for a team that submitted none.</param>
public sealed record TurnReview(
    int Turn, int Year, int Month, string? StateHash, string? ReplayError, IReadOnlyList<TeamIndicators> Teams, IReadOnlyList<TurnEvent> Events,
    IReadOnlyList<KeyValuePair<string, string?>> Orders);
