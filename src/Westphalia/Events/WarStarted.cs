namespace Westphalia.Events;

/// <summary>The first battle of a new interstate war (state: the attacker; region: the site; value: the state attacked).</summary>
public sealed record WarStarted(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "war_started";
}
