namespace Westphalia.Events;

/// <summary>Two states fighting on a border settle (state and value: the two).</summary>
public sealed record WarSettled(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "war_settled";
}
