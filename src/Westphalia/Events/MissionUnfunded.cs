namespace Westphalia.Events;

/// <summary>A mission the pledges cannot pay for is not sent (state: the host).</summary>
public sealed record MissionUnfunded(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_mission_unfunded";
}
