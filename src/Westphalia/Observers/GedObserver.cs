using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// ged.csv and ged.parquet: organised violence, one row per conflict, type, region and month (UCDP GED layout),
/// collected from the <see cref="ViolenceEvent"/> records the war, civil-war and terror mechanisms report.
/// </summary>
[Output(50, "ged.csv", "ged.parquet")]
public sealed class GedObserver : TableObserver
{
    private GedState _state = new();
    private readonly World _world;
    private readonly int _startYear;

    public GedObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _world = context.World;
        _startYear = context.Scenario.StartYear;
        context.Events.Subscribe<ViolenceEvent>(e => _state.Events.Add(e));
    }

    /// <summary>Every event of organised violence so far, in order.</summary>
    public IReadOnlyList<ViolenceEvent> Events => _state.Events;

    protected override Table Build() => ViolenceEventWriter.Build(_state.Events, _world, _startYear);

    public override void Save(BinaryWriter writer) => CheckpointCodec.Write(writer, _state);

    public override void Load(BinaryReader reader) => _state = CheckpointCodec.Read(reader, _state);
}
