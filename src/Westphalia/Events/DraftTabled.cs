namespace Westphalia.Events;

/// <summary>A draft resolution is put to the Council (state: the target; value: the measure).</summary>
public sealed record DraftTabled(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_draft";
}
