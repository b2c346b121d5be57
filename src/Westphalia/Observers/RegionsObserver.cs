using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>regions.csv and regions.parquet: every region at the end of the run, with its scores over the last window.</summary>
[Output(30, "regions.csv", "regions.parquet")]
public sealed class RegionsObserver : TableObserver
{
    private readonly World _world;
    private readonly ObservationWindow _window;
    private readonly int _lastTick;
    private readonly Table _table;

    public RegionsObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _world = context.World;
        _window = context.Window;
        _lastTick = context.Scenario.Ticks - 1;
        _table = new Table("regions",
        [
            .. Series.Time,
            ("region_id", ColumnKind.Int), ("region", ColumnKind.Text), ("x", ColumnKind.Double), ("y", ColumnKind.Double),
            ("state_id", ColumnKind.Int), ("state", ColumnKind.Text), ("capital", ColumnKind.Bool), ("ruggedness", ColumnKind.Double),
            ("oil", ColumnKind.Bool), ("rebels", ColumnKind.Int), ("war_damage", ColumnKind.Double),
            ("population", ColumnKind.Long), ("income_per_capita", ColumnKind.Double),
            .. Series.Scores,
        ]);
    }

    protected override Table Build() => _table;

    public override void Observe(in TickContext context)
    {
        if (!_window.Closes || context.Tick != _lastTick)
        {
            return;
        }

        var regions = _world.Regions;
        var states = _world.States;
        var t = _table;
        for (var r = 0; r < regions.Count; r++)
        {
            var owner = regions.Owner[r];
            Series.AddTime(t, context);
            t["region_id"].Ints.Add(r);
            t["region"].Texts.Add(regions.Name[r]);
            t["x"].Doubles.Add(regions.X[r]);
            t["y"].Doubles.Add(regions.Y[r]);
            t["state_id"].Ints.Add(owner);
            t["state"].Texts.Add(states.Name[owner]);
            t["capital"].Bools.Add(states.Capital[owner] == r);
            t["ruggedness"].Doubles.Add(regions.Ruggedness[r]);
            t["oil"].Bools.Add(regions.Oil[r]);
            t["rebels"].Ints.Add(regions.Rebels[r]);
            t["war_damage"].Doubles.Add(regions.WarDamage[r]);
            t["population"].Longs.Add(regions.Population[r]);
            t["income_per_capita"].Doubles.Add(regions.IncomePerCapita[r]);
            Series.AddScores(t, _window.Scores(r));
        }
    }

    public override void Save(BinaryWriter writer) => CheckpointIo.Write(writer, _table);

    public override void Load(BinaryReader reader) => CheckpointIo.Read(reader, _table);
}
