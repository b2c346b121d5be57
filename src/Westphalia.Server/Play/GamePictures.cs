using System.Collections.Concurrent;
using System.Globalization;
using Westphalia.Classroom;
using Westphalia.Metrics;
using Westphalia.Reports;
using Engine = Westphalia.Classroom.Game;

namespace Westphalia.Server.Play;

/// <summary>
/// Draws a game's pictures: the ownership map now or after a turn (a turn's map never changes, so the PNG is kept, up
/// to <see cref="MapsKept"/> of them), and the charts of a state's figures after each turn so far, from the outcomes the
/// game records (<see cref="Game.OutcomesOf"/>).
/// </summary>
public sealed class GamePictures(GameHost host)
{
    /// <summary>How many maps are kept in memory (the oldest drawn goes first).</summary>
    public const int MapsKept = 64;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Lock _gate = new();
    private readonly Dictionary<(int Game, int Turn), byte[]> _maps = [];
    private readonly Queue<(int Game, int Turn)> _drawn = new();
    private readonly ConcurrentDictionary<(int Game, int Turn), Lazy<Task<byte[]?>>> _replays = new();

    /// <summary>The ownership map after <paramref name="turn"/> (0: the start; null: now) as PNG, or null for no such game or turn.</summary>
    public async Task<byte[]?> MapAsync(int gameId, int? turn, CancellationToken cancellation = default)
    {
        // The turn count from the last commit's snapshot, without the game's lock.
        if (await host.SnapshotAsync(gameId, cancellation).ConfigureAwait(false) is not { } now)
        {
            return null;
        }

        if (turn is not { } t)
        {
            // Now: the map kept for the last committed turn, else the engine's world drawn under its lock (once: the
            // readers waiting on the lock find the map the first one drew).
            return Kept(gameId, now.Resolved)
                ?? await host.ReadAsync(gameId, g => Kept(gameId, g.Resolved.Count) ?? Keep(gameId, g.Resolved.Count, Draw(g.Simulation, g.Resolved.Count)), cancellation)
                    .ConfigureAwait(false);
        }

        if (t < 0 || t > now.Resolved)
        {
            return null;
        }

        if (Kept(gameId, t) is { } kept)
        {
            return kept;
        }

        // A past turn: replayed from the log, once however many ask at the same time.
        var replay = _replays.GetOrAdd((gameId, t), key => new Lazy<Task<byte[]?>>(() => ReplayAsync(key.Game, key.Turn)));
        try
        {
            return await replay.Value.WaitAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            if (replay.Value.IsCompleted)
            {
                _replays.TryRemove(new KeyValuePair<(int, int), Lazy<Task<byte[]?>>>((gameId, t), replay));
            }
        }
    }

    private async Task<byte[]?> ReplayAsync(int gameId, int turn)
    {
        var events = await host.ReadAsync(gameId, g => g.Resolved.Count >= turn ? g.Events.ToArray() : null).ConfigureAwait(false);
        return events is null ? null : Keep(gameId, turn, await Task.Run(() => Draw(Engine.ReplayTo(events, turn), turn)).ConfigureAwait(false));
    }

    private byte[]? Kept(int gameId, int turn)
    {
        lock (_gate)
        {
            return _maps.GetValueOrDefault((gameId, turn));
        }
    }

    /// <summary>Draws and keeps the map of a game's world after a turn, from a simulation already replayed to it (unless kept).</summary>
    public void Remember(int gameId, int turn, Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (Kept(gameId, turn) is null)
        {
            Keep(gameId, turn, Draw(simulation, turn));
        }
    }

    /// <summary>Keeps a drawn map (the oldest goes beyond <see cref="MapsKept"/>) and returns it.</summary>
    private byte[] Keep(int gameId, int turn, byte[] png)
    {
        lock (_gate)
        {
            if (_maps.TryAdd((gameId, turn), png))
            {
                _drawn.Enqueue((gameId, turn));
                while (_drawn.Count > MapsKept)
                {
                    _maps.Remove(_drawn.Dequeue());
                }
            }

            return _maps.GetValueOrDefault((gameId, turn), png);
        }
    }

    /// <summary>The metrics a chart may plot (<c>chart.png?metric=</c>), each a figure of <see cref="StateOutcome"/>.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["population", "military", "regions", "income", "life-expectancy", "hsi"];

    /// <summary>A metric of a state after a turn (<see cref="Game.OutcomesOf"/>); null for an unknown metric.</summary>
    public static double? Value(StateOutcome outcome, string metric)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return metric switch
        {
            "population" => outcome.Population,
            "military" => outcome.MilitaryCapability,
            "regions" => outcome.Regions,
            "income" => outcome.IncomePerCapita,
            "life-expectancy" => outcome.Scores.LifeExpectancy,
            "hsi" => outcome.Scores.Index,
            _ => null,
        };
    }

    /// <summary>A chart of one of <see cref="Metrics"/> of a team's state after each turn so far, or null for no such game, team or metric.</summary>
    public async Task<byte[]?> ChartAsync(int gameId, string team, string metric, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!Metrics.Contains(metric))
        {
            return null;
        }

        // The engine records every state's outcome after each turn (and rebuilds them when it replays its log).
        var points = await host.ReadAsync(gameId, g => g.Teams.Contains(team)
            ? Enumerable.Range(1, g.Resolved.Count).Select(t => g.OutcomesOf(t).Single(o => o.Team == team)).ToList()
            : null, cancellation).ConfigureAwait(false);
        if (points is null)
        {
            return null;
        }

        var x = points.Select(p => (double)p.Turn).ToList();
        var y = points.Select(p => Value(p, metric) ?? double.NaN).ToList();
        var title = $"{team}: {metric} after each turn";
        return Charts.Lines($"{metric}-{team}", title, title, metric, [new ChartSeries(team, x, y)], xLabel: "turn").Png;
    }

    /// <summary>Draws who holds what in a simulation's world: on the real map for a real-world scenario, else as its grid or graph.</summary>
    private static byte[] Draw(Simulation simulation, int turn)
    {
        var world = simulation.World;
        var scenario = simulation.Scenario;
        var states = world.States;
        var when = turn == 0 ? "at the start" : string.Create(Inv, $"after turn {turn}");
        if (RealMap.IsReal(world.Regions.PrioGrid))
        {
            var input = new RealMapInput(scenario.Name, when, [.. world.Regions.PrioGrid], [.. world.Regions.Owner],
                [.. Enumerable.Repeat(double.NaN, world.Regions.Count)], [.. states.Name.Take(states.Count)], [.. states.Alliance.Take(states.Count)], new Dictionary<int, string>());
            return RealMapPainter.Png(RealMap.Draw(input, RealMapLayer.Ownership));
        }

        var map = new MapStates([.. world.Regions.Owner], [.. states.Name], [.. states.Capital], [.. states.Alliance], new Dictionary<int, string>());
        var title = $"{scenario.Name}: territory {when}";
        return MapPainter.Territory(world, scenario.World.Generator?.Topology, map, "territory", title, title).Png;
    }

}
