namespace Westphalia.Events;

/// <summary>A terror attack carried out (state: the state struck; region; value: deaths).</summary>
public sealed record AttackCarriedOut(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "terror_attack";
}
