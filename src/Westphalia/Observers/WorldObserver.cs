using Westphalia.Metrics;
using static Westphalia.Observers.ObservationWindow;

namespace Westphalia.Observers;

/// <summary>world.csv and world.parquet: one row per observation window, the world as the sum of its states in order.</summary>
[Output(20, "world.csv", "world.parquet")]
public sealed class WorldObserver : WindowTableObserver
{
    /// <summary>The world table's columns, in order.</summary>
    public static readonly (string Name, ColumnKind Kind)[] Columns =
    [
        .. Series.Time,
        ("states_alive", ColumnKind.Int), ("regions", ColumnKind.Int), ("population", ColumnKind.Long),
        .. Series.Flows,
        ("output", ColumnKind.Double), ("income_per_capita", ColumnKind.Double), ("military_capability", ColumnKind.Double),
        .. Series.Scores,
    ];

    public WorldObserver(ObserverContext context)
        : base(context, new Table("world", Columns))
    {
    }

    public override void Observe(in TickContext context)
    {
        if (!Window.Closes)
        {
            return;
        }

        var states = World.States;
        var world = new ScoreSum();
        long population = 0;
        var flows = new long[FlowCount];
        double output = 0, forces = 0;
        var alive = 0;
        for (var s = 0; s < states.Count; s++)
        {
            if (!Window.Covers(s, context.Tick))
            {
                continue;
            }

            world.Add(Window.StateScores(s));
            var stateFlows = Window.Flows(s);
            for (var k = 0; k < FlowCount; k++)
            {
                flows[k] += stateFlows[k];
            }

            population += states.Population[s];
            output += states.Output[s];
            forces += states.MilitaryCapability[s];
            alive += states.Alive[s] ? 1 : 0;
        }

        var t = Table;
        Series.AddTime(t, context);
        t["states_alive"].Ints.Add(alive);
        t["regions"].Ints.Add(World.Regions.Count);
        t["population"].Longs.Add(population);
        Series.AddFlows(t, flows);
        t["output"].Doubles.Add(output);
        t["income_per_capita"].Doubles.Add(population > 0 ? output / population : 0);
        t["military_capability"].Doubles.Add(forces);
        Series.AddScores(t, world.Mean());
    }
}
