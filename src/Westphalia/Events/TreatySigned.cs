namespace Westphalia.Events;

/// <summary>Two rivals sign an arms-control treaty (state and value: the two).</summary>
public sealed record TreatySigned(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "treaty_signed";
}
