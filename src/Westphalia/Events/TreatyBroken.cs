namespace Westphalia.Events;

/// <summary>Inspection catches a cheat and the treaty ends (state: the cheat; value: the partner).</summary>
public sealed record TreatyBroken(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "treaty_broken";
}
