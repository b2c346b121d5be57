namespace Westphalia.Events;

/// <summary>A member's vote on a draft (state: the member; value: 1 yes, 0 abstain, −1 no).</summary>
public sealed record CouncilVote(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "un_vote";
}
