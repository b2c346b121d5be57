using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// regions.csv and regions.parquet: every region at the end of the run, and in December of each of the scenario's
/// <c>output.map_years</c>, with its scores over the window then closing, and its PRIO-GRID cell in a real-world run.
/// </summary>
[Output(30, "regions.csv", "regions.parquet")]
public sealed class RegionsObserver : WindowTableObserver
{
    private readonly int _lastTick;
    private readonly HashSet<int> _mapTicks;

    public RegionsObserver(ObserverContext context)
        : base(context, new Table("regions",
        [
            .. Series.Time,
            ("region_id", ColumnKind.Int), ("region", ColumnKind.Text), ("x", ColumnKind.Double), ("y", ColumnKind.Double),
            ("priogrid_gid", ColumnKind.Int), ("state_id", ColumnKind.Int), ("state", ColumnKind.Text), ("capital", ColumnKind.Bool), ("ruggedness", ColumnKind.Double),
            ("oil", ColumnKind.Bool), ("rebels", ColumnKind.Int), ("war_damage", ColumnKind.Double),
            ("population", ColumnKind.Long), ("income_per_capita", ColumnKind.Double),
            .. Series.Scores,
        ],
        nullable: ["rebels", "priogrid_gid"]))
    {
        _lastTick = context.Scenario.Ticks - 1;
        var scenario = context.Scenario;
        _mapTicks = [.. scenario.Output.MapYears.Select(y => ((y - scenario.StartYear) * 12) + 11)];
    }

    /// <summary>Regions scored together (in vector lanes) before their rows are written.</summary>
    private const int BlockSize = 256;

    public override void Observe(in TickContext context)
    {
        if (!Window.Closes || (context.Tick != _lastTick && !_mapTicks.Contains(context.Tick)))
        {
            return;
        }

        var regions = World.Regions;
        var states = World.States;
        var t = Table;
        Span<int> block = stackalloc int[BlockSize];
        var scores = new HumanSecurityScores[BlockSize];
        for (var r = 0; r < regions.Count; r++)
        {
            var b = r % BlockSize;
            if (b == 0)
            {
                var n = Math.Min(BlockSize, regions.Count - r);
                for (var i = 0; i < n; i++)
                {
                    block[i] = r + i;
                }

                Window.RegionScores(block[..n], scores);
            }

            var owner = regions.Owner[r];
            Series.AddTime(t, context);
            t["region_id"].Ints.Add(r);
            t["region"].Texts.Add(regions.Name[r]);
            t["x"].Doubles.Add(regions.X[r]);
            t["y"].Doubles.Add(regions.Y[r]);
            t["priogrid_gid"].Add(regions.PrioGrid[r] >= 1 ? regions.PrioGrid[r] : null);
            t["state_id"].Ints.Add(owner);
            t["state"].Texts.Add(states.Name[owner]);
            t["capital"].Bools.Add(states.Capital[owner] == r);
            t["ruggedness"].Doubles.Add(regions.Ruggedness[r]);
            t["oil"].Bools.Add(regions.Oil[r]);
            t["rebels"].Add(regions.Rebels[r] >= 0 ? regions.Rebels[r] : null);
            t["war_damage"].Doubles.Add(regions.WarDamage[r]);
            t["population"].Longs.Add(regions.Population[r]);
            t["income_per_capita"].Doubles.Add(regions.IncomePerCapita[r]);
            Series.AddScores(t, scores[b]);
        }
    }
}
