namespace Westphalia.Events;

/// <summary>A new alliance is founded with a state (state: it; value: the alliance).</summary>
public sealed record AllianceFormed(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "alliance_formed";
}
