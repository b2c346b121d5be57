namespace Westphalia.Events;

/// <summary>A challenger demands a province (state: the challenger; region: the province; value: the target).</summary>
public sealed record CrisisOpened(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "crisis";
}
