using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// ged.csv and ged.parquet: organised violence, one row per conflict, type, region and month (UCDP GED layout),
/// collected from the <see cref="ViolenceEvent"/> records the war, civil-war and terror mechanisms report.
/// </summary>
[Output(50, "ged.csv", "ged.parquet")]
public sealed class GedObserver : TableObserver
{
    private readonly List<ViolenceEvent> _events = [];
    private readonly World _world;
    private readonly int _startYear;

    public GedObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _world = context.World;
        _startYear = context.Scenario.StartYear;
        context.Events.Subscribe<ViolenceEvent>(_events.Add);
    }

    /// <summary>Every event of organised violence so far, in order.</summary>
    public IReadOnlyList<ViolenceEvent> Events => _events;

    protected override Table Build() => ViolenceEventWriter.Build(_events, _world, _startYear);

    public override void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_events.Count);
        foreach (var e in _events)
        {
            e.Write(writer);
        }
    }

    public override void Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _events.Clear();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            _events.Add(ViolenceEvent.Read(reader));
        }
    }
}
