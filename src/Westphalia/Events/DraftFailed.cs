namespace Westphalia.Events;

/// <summary>A draft fails (value: its yes votes).</summary>
public sealed record DraftFailed(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_draft_failed";
}
