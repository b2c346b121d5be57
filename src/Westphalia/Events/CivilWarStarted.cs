namespace Westphalia.Events;

/// <summary>A civil war breaks out (state: where; region: where the rebels rose; value: their fighters).</summary>
public sealed record CivilWarStarted(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "civil_war_started";
}
