using System.Collections.Concurrent;
using System.Globalization;
using Westphalia.Classroom;
using Westphalia.Metrics;
using Westphalia.Reports;
using Engine = Westphalia.Classroom.Game;

namespace Westphalia.Server.Play;

/// <summary>
/// Draws a game's pictures: the ownership map now or after a turn (a turn's map never changes, so the PNG is kept, up
/// to <see cref="MapsKept"/> of them), and the charts of a state's figures over the turns so far. The figures of past
/// turns are kept per game; those missing (after a restart) are rebuilt by replaying the game's log once.
/// </summary>
public sealed class GamePictures(GameHost host)
{
    /// <summary>How many maps are kept in memory (the oldest drawn goes first).</summary>
    public const int MapsKept = 64;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Lock _gate = new();
    private readonly Dictionary<(int Game, int Turn), byte[]> _maps = [];
    private readonly Queue<(int Game, int Turn)> _drawn = new();
    private readonly ConcurrentDictionary<int, List<TurnValues>> _values = new();

    /// <summary>The ownership map after <paramref name="turn"/> (0: the start; null: now) as PNG, or null for no such game or turn.</summary>
    public async Task<byte[]?> MapAsync(int gameId, int? turn, CancellationToken cancellation = default)
    {
        var snapshot = await host.ReadAsync(gameId, g => new Snapshot(g.Resolved.Count, [.. g.Events]), cancellation).ConfigureAwait(false);
        if (snapshot is null)
        {
            return null;
        }

        var t = turn ?? snapshot.Resolved;
        if (t < 0 || t > snapshot.Resolved)
        {
            return null;
        }

        lock (_gate)
        {
            if (_maps.TryGetValue((gameId, t), out var kept))
            {
                return kept;
            }
        }

        byte[] png;
        if (t == snapshot.Resolved)
        {
            // The world now: drawn under the game's lock, so that no turn resolves while it is read.
            var now = await host.ReadAsync(gameId, g => g.Resolved.Count == t ? Draw(g.Simulation, t) : null, cancellation).ConfigureAwait(false);
            if (now is null)
            {
                // A turn resolved in between: the world after turn t is now a past one.
                return await MapAsync(gameId, t, cancellation).ConfigureAwait(false);
            }

            png = now;
        }
        else
        {
            png = Draw(Engine.ReplayTo(snapshot.Events, t), t);
        }

        lock (_gate)
        {
            if (_maps.TryAdd((gameId, t), png))
            {
                _drawn.Enqueue((gameId, t));
                while (_drawn.Count > MapsKept)
                {
                    _maps.Remove(_drawn.Dequeue());
                }
            }
        }

        return png;
    }

    /// <summary>A chart of one of <see cref="TurnValues.Metrics"/> of a team's state over the turns so far, or null for no such game, team or metric.</summary>
    public async Task<byte[]?> ChartAsync(int gameId, string team, string metric, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!TurnValues.Metrics.Contains(metric))
        {
            return null;
        }

        var read = await host.ReadAsync(gameId, g =>
        {
            if (!g.Teams.Contains(team))
            {
                return null;
            }

            var kept = _values.GetOrAdd(gameId, _ => []);
            lock (kept)
            {
                // The usual case: every turn before this one is kept, and the world now is the last point.
                if (kept.Count == g.Resolved.Count)
                {
                    kept.Add(TurnValues.Of(g.Simulation.World.States));
                }
            }

            return new Chartable(g.StateOf(team), g.Resolved.Count, [.. g.Events]);
        }, cancellation).ConfigureAwait(false);
        if (read is null)
        {
            return null;
        }

        var values = _values.GetOrAdd(gameId, _ => []);
        List<TurnValues> points;
        lock (values)
        {
            points = [.. values];
        }

        if (points.Count < read.Resolved + 1)
        {
            points = Replay(read.Events);
            lock (values)
            {
                if (values.Count < points.Count)
                {
                    values.Clear();
                    values.AddRange(points);
                }
            }
        }

        var x = new List<double>();
        var y = new List<double>();
        for (var t = 0; t <= read.Resolved && t < points.Count; t++)
        {
            if (points[t].Value(metric, read.State) is { } v)
            {
                x.Add(t);
                y.Add(v);
            }
        }

        var title = $"{team}: {metric} after each turn (0: the start)";
        return Charts.Lines($"{metric}-{read.State.ToString(Inv)}", title, title, metric, [new ChartSeries(team, x, y)], xLabel: "turn").Png;
    }

    /// <summary>Replays a game's log, keeping each state's figures at the start and after each resolved turn.</summary>
    private static List<TurnValues> Replay(IReadOnlyList<GameEvent> events)
    {
        var created = (GameCreated)events[0];
        var game = Engine.Create(created.ScenarioText, created.Seed, created.Teams, created.TurnMonths, created.Policy, created.Settings);
        var points = new List<TurnValues> { TurnValues.Of(game.Simulation.World.States) };
        foreach (var e in events.Skip(1))
        {
            switch (e)
            {
                case OrdersSubmitted o:
                    game.Submit(o.Turn, o.Team, o.Orders);
                    break;
                case PolicyChanged p:
                    game.ChangePolicy(p.Policy);
                    break;
                case TurnResolved:
                    game.Resolve();
                    points.Add(TurnValues.Of(game.Simulation.World.States));
                    break;
            }
        }

        return points;
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

    private sealed record Snapshot(int Resolved, GameEvent[] Events);

    private sealed record Chartable(int State, int Resolved, GameEvent[] Events);
}
