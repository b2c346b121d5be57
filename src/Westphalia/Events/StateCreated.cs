namespace Westphalia.Events;

/// <summary>A state of the initial map (state; region: its capital; value: its people).</summary>
public sealed record StateCreated(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "state_created";
}
