using Westphalia.Classroom;
using Westphalia.Scenarios;
using Engine = Westphalia.Classroom.Game;

namespace Westphalia.Server.Play;

/// <summary>
/// What the pages most read of a game, as it was at the last commit: the turn, who has submitted, each team's orders for
/// the turn and each team's view of the world. Immutable, published by <see cref="GameHost"/> after every commit and
/// read without the game's lock, so that pages keep answering while a turn resolves (they show the turn before until
/// the new one is committed). The views are rebuilt only when a turn resolves: orders do not change the world.
/// </summary>
public sealed record GameSnapshot(
    int Turn,
    int Turns,
    int Year,
    bool Finished,
    int Resolved,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> Missing,
    IReadOnlyDictionary<string, Orders> Orders,
    IReadOnlyDictionary<string, TeamView> Views)
{
    /// <summary>The teams with orders for the current turn, in the game's order.</summary>
    public IReadOnlyList<string> Submitted => [.. Teams.Where(Orders.ContainsKey)];

    /// <summary>A game's snapshot now; the views of <paramref name="previous"/> are kept when no turn resolved since.</summary>
    public static GameSnapshot Of(Engine game, GameSnapshot? previous = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        var views = previous is not null && previous.Resolved == game.Resolved.Count
            ? previous.Views
            : game.Teams.ToDictionary(t => t, game.ViewFor, StringComparer.Ordinal);
        var orders = new Dictionary<string, Orders>(StringComparer.Ordinal);
        foreach (var team in game.Teams)
        {
            if (game.OrdersOf(game.Turn, team) is { } given)
            {
                orders[team] = given;
            }
        }

        var sim = game.Simulation;
        return new GameSnapshot(
            game.Turn, game.Turns, sim.Scenario.StartYear + (sim.Tick / 12), game.IsFinished, game.Resolved.Count, [.. game.Teams],
            game.IsFinished ? [] : [.. game.Missing(game.Turn)], orders, views);
    }
}
