using Westphalia.Events;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>events.jsonl: every event published on the run's bus, in order, one JSON object per line.</summary>
[Output(90, "events.jsonl")]
public sealed class EventLogObserver : Observer
{
    private EventLogState _state = new();
    private readonly int _startYear;

    public EventLogObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _startYear = context.Scenario.StartYear;
        context.Events.Subscribe(e => _state.Events.Add(e));
    }

    /// <summary>The events so far.</summary>
    public IReadOnlyList<SimulationEvent> Events => _state.Events;

    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        EventLogWriter.Write(_state.Events, _startYear, stream);
        return Task.CompletedTask;
    }

    public override void Save(BinaryWriter writer) => CheckpointCodec.Write(writer, _state);

    public override void Load(BinaryReader reader) => _state = CheckpointCodec.Read(reader, _state);
}
