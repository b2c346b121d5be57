using Westphalia.Events;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>events.jsonl: every event published on the run's bus, in order, one JSON object per line.</summary>
[Output(90, "events.jsonl")]
public sealed class EventLogObserver : Observer
{
    private readonly List<SimulationEvent> _events = [];
    private readonly int _startYear;

    public EventLogObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _startYear = context.Scenario.StartYear;
        context.Events.Subscribe(_events.Add);
    }

    /// <summary>The events so far.</summary>
    public IReadOnlyList<SimulationEvent> Events => _events;

    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        EventLogWriter.Write(_events, _startYear, stream);
        return Task.CompletedTask;
    }

    public override void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_events.Count);
        foreach (var e in _events)
        {
            EventCodec.Write(writer, e);
        }
    }

    public override void Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _events.Clear();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            _events.Add(EventCodec.Read(reader));
        }
    }
}
