namespace Westphalia.Events;

/// <summary>A treaty with a dead party lapses (state and value: the parties).</summary>
public sealed record TreatyLapsed(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "treaty_lapsed";
}
