namespace Westphalia.Events;

/// <summary>A protection force or enforcement overrides a state's sovereignty (state: it; value: its overrides so far).</summary>
public sealed record SovereigntyOverride(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "sovereignty_override";
}
