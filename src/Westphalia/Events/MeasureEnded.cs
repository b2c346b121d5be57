namespace Westphalia.Events;

/// <summary>A measure in force ends (state: its target; value: the resolution).</summary>
public sealed record MeasureEnded(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_measure_ended";
}
