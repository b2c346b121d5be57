namespace Westphalia.Events;

/// <summary>A state was born during the run (state: its slot; region: its capital).</summary>
public sealed record StateEmerged(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "state_emerged";
}
