namespace Westphalia.Events;

/// <summary>
/// Something that happened in a run, published on the <see cref="EventBus"/> the moment it happens. Each kind is a
/// record of its own (war started, resolution adopted, ...), defined once in this folder, with its name in the event
/// log (<see cref="Type"/>) and the same five fields every entry of the log has: the tick, the state and region it
/// concerns (−1 when none), a value and a sentence naming what happened.
/// </summary>
public abstract record SimulationEvent(int Tick, int State, int Region, double Value, string Detail)
{
    /// <summary>The event's name in the event log (<c>war_started</c>, <c>un_resolution</c>, ...).</summary>
    public abstract string Type { get; }
}
