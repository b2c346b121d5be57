namespace Westphalia.Events;

/// <summary>No member of a war has fought for the war shadow (value: its battle deaths).</summary>
public sealed record WarEnded(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "war_ended";
}
