namespace Westphalia.Events;

/// <summary>A state leaves its alliance (state: it; value: the alliance).</summary>
public sealed record AllianceLeft(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "alliance_left";
}
