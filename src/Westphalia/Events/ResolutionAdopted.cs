namespace Westphalia.Events;

/// <summary>The Council adopts a resolution (state: the target; value: the measure).</summary>
public sealed record ResolutionAdopted(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_resolution";
}
