using System.Text.Json;
using Westphalia.Classroom;
using Engine = Westphalia.Classroom.Game;

namespace Westphalia.Server.Play;

/// <summary>
/// The after-action reviews of games' turns (<see cref="TurnReview"/>), each replayed from the game's log once and kept:
/// a resolved turn never changes. At most <see cref="Capacity"/> are kept; the oldest goes first. The replayed world's
/// map is handed to <see cref="GamePictures"/>, so that the review page's map is not replayed a second time.
/// </summary>
public sealed class ReplayCache(GameHost host, GamePictures pictures)
{
    /// <summary>How many reviews are kept.</summary>
    public const int Capacity = 16;

    private readonly Dictionary<(int Game, int Turn), TurnReview> _reviews = [];
    private readonly Queue<(int Game, int Turn)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// The review of a game's turn (0: before the first); null when there is no such game or the turn is not resolved.
    /// </summary>
    public async Task<TurnReview?> GetAsync(int gameId, int turn, CancellationToken cancellation = default)
    {
        lock (_lock)
        {
            if (_reviews.TryGetValue((gameId, turn), out var kept))
            {
                return kept;
            }
        }

        var game = await host.ReadAsync(gameId, g => new
        {
            Events = g.Events.ToList(),
            Teams = g.Teams.Select(t => (Team: t, Slot: g.StateOf(t), Orders: turn >= 1 ? g.OrdersOf(turn, t) : null)).ToList(),
            g.Created.TurnMonths,
            Resolved = g.Resolved.Count,
            Hash = turn >= 1 && turn <= g.Resolved.Count ? g.Resolved[turn - 1].StateHash : null,
        }, cancellation).ConfigureAwait(false);
        if (game is null || turn < 0 || turn > game.Resolved)
        {
            return null;
        }

        var review = await Task.Run(() => Build(gameId, turn, game.Events, game.Teams, game.TurnMonths, game.Hash), cancellation).ConfigureAwait(false);
        lock (_lock)
        {
            if (_reviews.TryAdd((gameId, turn), review))
            {
                _order.Enqueue((gameId, turn));
                while (_order.Count > Capacity)
                {
                    _reviews.Remove(_order.Dequeue());
                }
            }
        }

        return review;
    }

    private TurnReview Build(
        int gameId, int turn, List<GameEvent> events, List<(string Team, int Slot, Scenarios.Orders? Orders)> teams, int turnMonths, string? hash)
    {
        var orders = teams.Select(t => new KeyValuePair<string, string?>(t.Team, t.Orders is null ? null : JsonSerializer.Serialize(t.Orders, GameJson.Options))).ToList();
        Simulation simulation;
        try
        {
            simulation = Engine.ReplayTo(events, turn);
        }
        catch (GameReplayException e)
        {
            return new TurnReview(turn, 0, 0, hash, e.Message, [], [], orders);
        }

        pictures.Remember(gameId, turn, simulation);
        var states = simulation.World.States;
        return new TurnReview(
            turn, simulation.Scenario.StartYear + (simulation.Tick / 12), (simulation.Tick % 12) + 1, hash, null,
            [.. teams.Select(t => TeamIndicators.Of(states, t.Slot, t.Team))],
            turn >= 1 ? TurnEvent.Of(simulation, turn, turnMonths) : [],
            orders);
    }
}
