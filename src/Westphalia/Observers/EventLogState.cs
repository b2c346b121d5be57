using MemoryPack;
using Westphalia.Events;

namespace Westphalia.Observers;

/// <summary>What a checkpoint carries of <see cref="EventLogObserver"/>: the events so far, each by its kind and fields.</summary>
[MemoryPackable]
internal sealed partial class EventLogState
{
    [EventListFormatter]
    public List<SimulationEvent> Events { get; set; } = [];
}
