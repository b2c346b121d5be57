namespace Westphalia.Events;

/// <summary>The challenger backs down (state: the challenger; region: the province; value: the target).</summary>
public sealed record CrisisBackedDown(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "crisis_backed_down";
}
