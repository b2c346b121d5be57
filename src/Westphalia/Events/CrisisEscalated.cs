namespace Westphalia.Events;

/// <summary>The challenger goes to war over a refused demand (state: the challenger; region: the province; value: the target).</summary>
public sealed record CrisisEscalated(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "crisis_escalated";
}
