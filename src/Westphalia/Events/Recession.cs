namespace Westphalia.Events;

/// <summary>Income per capita of a state fell by 2% or more over a calendar year (value: the change).</summary>
public sealed record Recession(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "recession";
}
