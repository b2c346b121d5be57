using Westphalia.Metrics;
using static Westphalia.Observers.ObservationWindow;

namespace Westphalia.Observers;

/// <summary>world.csv and world.parquet: one row per observation window, the world as the sum of its states in order.</summary>
[Output(20, "world.csv", "world.parquet")]
public sealed class WorldObserver : TableObserver
{
    private readonly World _world;
    private readonly ObservationWindow _window;
    private readonly Table _table;

    public WorldObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _world = context.World;
        _window = context.Window;
        _table = new Table("world",
        [
            .. Series.Time,
            ("states_alive", ColumnKind.Int), ("regions", ColumnKind.Int), ("population", ColumnKind.Long),
            .. Series.Flows,
            ("output", ColumnKind.Double), ("income_per_capita", ColumnKind.Double), ("military_capability", ColumnKind.Double),
            .. Series.Scores,
        ]);
    }

    protected override Table Build() => _table;

    public override void Observe(in TickContext context)
    {
        if (!_window.Closes)
        {
            return;
        }

        var states = _world.States;
        var world = new ScoreSum();
        long population = 0;
        var flows = new long[FlowCount];
        double output = 0, forces = 0;
        var alive = 0;
        for (var s = 0; s < states.Count; s++)
        {
            if (!_window.Covers(s, context.Tick))
            {
                continue;
            }

            world.Add(_window.StateScores(s));
            var stateFlows = _window.Flows(s);
            for (var k = 0; k < FlowCount; k++)
            {
                flows[k] += stateFlows[k];
            }

            population += states.Population[s];
            output += states.Output[s];
            forces += states.MilitaryCapability[s];
            alive += states.Alive[s] ? 1 : 0;
        }

        var t = _table;
        Series.AddTime(t, context);
        t["states_alive"].Ints.Add(alive);
        t["regions"].Ints.Add(_world.Regions.Count);
        t["population"].Longs.Add(population);
        Series.AddFlows(t, flows);
        t["output"].Doubles.Add(output);
        t["income_per_capita"].Doubles.Add(population > 0 ? output / population : 0);
        t["military_capability"].Doubles.Add(forces);
        Series.AddScores(t, world.Mean());
    }

    public override void Save(BinaryWriter writer) => CheckpointIo.Write(writer, _table);

    public override void Load(BinaryReader reader) => CheckpointIo.Read(reader, _table);
}
