namespace Westphalia.Events;

/// <summary>A peacekeeping mission or protection force is sent (state: the host).</summary>
public sealed record MissionStarted(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_mission_started";
}
