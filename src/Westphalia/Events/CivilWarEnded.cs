namespace Westphalia.Events;

/// <summary>A civil war ends (state: where; value: its battle deaths; detail: the outcome).</summary>
public sealed record CivilWarEnded(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "civil_war_ended";
}
