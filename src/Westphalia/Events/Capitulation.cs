namespace Westphalia.Events;

/// <summary>A state whose war resources are spent yields the province fought over (state: it; region: the province; value: the enemy).</summary>
public sealed record Capitulation(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "war_capitulation";
}
