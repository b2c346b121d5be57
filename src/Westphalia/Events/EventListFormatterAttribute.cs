using MemoryPack;

namespace Westphalia.Events;

/// <summary>Marks a state object's list of events to be written by <see cref="EventListFormatter"/>.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class EventListFormatterAttribute : MemoryPackCustomFormatterAttribute<EventListFormatter, List<SimulationEvent>>
{
    private static readonly EventListFormatter Formatter = new();

    public override EventListFormatter GetFormatter() => Formatter;
}
