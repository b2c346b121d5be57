namespace Westphalia.Events;

/// <summary>
/// Where every event of a run is published, in the order it happens; subscribers (the event log, the United Nations'
/// agenda, an observer of the run) receive each event as it is published. Not thread-safe: events are published from
/// the sequential parts of the tick.
/// </summary>
public sealed class EventBus
{
    private readonly List<Action<SimulationEvent>> _subscribers = [];
    private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);

    /// <summary>Whether an event of this kind (its <see cref="SimulationEvent.Type"/>) has been published in the run.</summary>
    public bool HasPublished(string type) => _kinds.Contains(type);

    /// <summary>After a checkpoint is restored: the kinds published before it, from the restored event log.</summary>
    public void Remember(IEnumerable<SimulationEvent> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (var e in log)
        {
            _kinds.Add(e.Type);
        }
    }

    /// <summary>Receives every event from now on, after the subscribers before it.</summary>
    public void Subscribe(Action<SimulationEvent> subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _subscribers.Add(subscriber);
    }

    public void Publish(SimulationEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        _kinds.Add(e.Type);
        foreach (var subscriber in _subscribers)
        {
            subscriber(e);
        }
    }
}
