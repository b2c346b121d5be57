namespace Westphalia.Events;

/// <summary>The target yields the demanded province (state: the target; region: the province; value: the challenger).</summary>
public sealed record CrisisConceded(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "crisis_conceded";
}
