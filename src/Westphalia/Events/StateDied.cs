namespace Westphalia.Events;

/// <summary>A state's capital was taken (state: it; region: the capital; value: the conqueror).</summary>
public sealed record StateDied(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "state_died";
}
