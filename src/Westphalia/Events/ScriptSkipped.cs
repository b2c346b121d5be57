namespace Westphalia.Events;

/// <summary>A scripted event could not happen (the detail says why).</summary>
public sealed record ScriptSkipped(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "script_skipped";
}
