using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>states.csv and states.parquet: one row per state per observation window, for every state that existed during it.</summary>
[Output(10, "states.csv", "states.parquet")]
public sealed class StatesObserver : WindowTableObserver
{
    public StatesObserver(ObserverContext context)
        : base(context, new Table("states",
        [
            .. Series.Time,
            ("state_id", ColumnKind.Int), ("state", ColumnKind.Text), ("doctrine", ColumnKind.Text), ("alive", ColumnKind.Bool),
            ("regions", ColumnKind.Int), ("population", ColumnKind.Long),
            .. Series.Flows,
            ("output", ColumnKind.Double), ("income_per_capita", ColumnKind.Double),
            ("military_capability", ColumnKind.Double), ("cinc", ColumnKind.Double), ("alliance", ColumnKind.Int), ("buffer", ColumnKind.Bool),
            ("civil_war", ColumnKind.Bool),
            .. Series.Scores,
        ],
        nullable: ["alliance"]))
    {
    }

    public override void Observe(in TickContext context)
    {
        if (!Window.Closes)
        {
            return;
        }

        var states = World.States;
        var t = Table;
        for (var s = 0; s < states.Count; s++)
        {
            if (!Window.Covers(s, context.Tick))
            {
                continue;
            }

            Series.AddTime(t, context);
            t["state_id"].Ints.Add(s);
            t["state"].Texts.Add(states.Name[s]);
            t["doctrine"].Texts.Add(states.Doctrine[s]);
            t["alive"].Bools.Add(states.Alive[s]);
            t["regions"].Ints.Add(states.RegionCount[s]);
            t["population"].Longs.Add(states.Population[s]);
            Series.AddFlows(t, Window.Flows(s));
            t["output"].Doubles.Add(states.Output[s]);
            t["income_per_capita"].Doubles.Add(states.IncomePerCapita(s));
            t["military_capability"].Doubles.Add(states.MilitaryCapability[s]);
            t["cinc"].Doubles.Add(states.Cinc[s]);
            t["alliance"].Add(states.Alliance[s] >= 0 ? states.Alliance[s] : null);
            t["buffer"].Bools.Add(states.Buffer[s]);
            t["civil_war"].Bools.Add(states.CivilWar[s] >= 0);
            Series.AddScores(t, Window.StateScores(s).Mean());
        }
    }
}
