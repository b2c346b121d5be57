namespace Westphalia.Events;

/// <summary>
/// Where everything that happens in a run is published, in the order it happens. Events (<see cref="SimulationEvent"/>)
/// are the run's narrative: wars, resolutions, treaties, atrocities; the event log, the Security Council's agenda and
/// any observer may subscribe to them. Records are the finer facts a mechanism reports for observers to collect
/// (organised violence in a region and month, a country-year of the civil-war panel, a terror attack); they are
/// delivered to the subscribers of their own type only. Not thread-safe: publishing happens in the sequential parts of
/// the tick.
/// </summary>
public sealed class EventBus
{
    private readonly List<Action<SimulationEvent>> _subscribers = [];
    private readonly Dictionary<Type, List<Delegate>> _recordSubscribers = [];
    private readonly SortedSet<string> _kinds = new(StringComparer.Ordinal);

    /// <summary>Whether an event of this kind (its <see cref="SimulationEvent.Type"/>) has been published in the run.</summary>
    public bool HasPublished(string type) => _kinds.Contains(type);

    /// <summary>Receives every event from now on, after the subscribers before it.</summary>
    public void Subscribe(Action<SimulationEvent> subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _subscribers.Add(subscriber);
    }

    /// <summary>Receives every record of type <typeparamref name="T"/> reported from now on.</summary>
    public void Subscribe<T>(Action<T> subscriber)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (!_recordSubscribers.TryGetValue(typeof(T), out var list))
        {
            _recordSubscribers[typeof(T)] = list = [];
        }

        list.Add(subscriber);
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

    /// <summary>Hands a record to the subscribers of its type; with none, it is dropped.</summary>
    public void Report<T>(T record)
        where T : notnull
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        if (_recordSubscribers.TryGetValue(typeof(T), out var list))
        {
            foreach (var subscriber in list)
            {
                ((Action<T>)subscriber)(record);
            }
        }
    }

    /// <summary>The kinds of event published so far, for checkpoints.</summary>
    internal void Save(BinaryWriter writer)
    {
        writer.Write(_kinds.Count);
        foreach (var kind in _kinds)
        {
            writer.Write(kind);
        }
    }

    internal void Load(BinaryReader reader)
    {
        _kinds.Clear();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            _kinds.Add(reader.ReadString());
        }
    }
}
