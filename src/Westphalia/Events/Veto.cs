namespace Westphalia.Events;

/// <summary>A permanent member's no on a draft with enough votes (state: the member; value: the draft).</summary>
public sealed record Veto(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_veto";
}
