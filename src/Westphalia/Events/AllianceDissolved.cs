namespace Westphalia.Events;

/// <summary>An alliance left with one living member is dissolved (value: the alliance).</summary>
public sealed record AllianceDissolved(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "alliance_dissolved";
}
