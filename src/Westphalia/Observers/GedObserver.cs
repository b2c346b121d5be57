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
    private readonly Simulation _simulation;

    public GedObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _simulation = context.Simulation;
        context.Events.Subscribe<ViolenceEvent>(e => _state.Events.Add(e));
    }

    /// <summary>Every event of organised violence so far, in order.</summary>
    public IReadOnlyList<ViolenceEvent> Events => _state.Events;

    protected override Table Build() => ViolenceEventWriter.Build(_state.Events, _simulation.World, _simulation.Scenario.StartYear, _simulation.War.Wars);

    public override void Save(BinaryWriter writer) => CheckpointCodec.Write(writer, _state);

    public override void Load(BinaryReader reader) => _state = CheckpointCodec.Read(reader, _state);
}
