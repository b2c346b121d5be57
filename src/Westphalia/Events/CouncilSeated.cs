namespace Westphalia.Events;

/// <summary>The Security Council as seated (value: its size).</summary>
public sealed record CouncilSeated(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_council";
}
