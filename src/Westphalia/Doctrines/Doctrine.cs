using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Parameters;

namespace Westphalia.Doctrines;

/// <summary>
/// A government that decides by a doctrine's rules: its budget (<see cref="Decide"/>, each doctrine's own) and every
/// other decision from the doctrine's parameters (<see cref="DoctrineParameters"/>): Council votes from its stances,
/// treaties from its willingness and its propensity to cheat, wars from whether it ever starts one and whether it stands
/// by the victims of aggression; in the rest it follows the odds and thresholds the mechanisms' models give. A new
/// doctrine is a subclass that decides its budget, with a parameter class derived from <see cref="DoctrineParameters"/>.
/// </summary>
public abstract class Doctrine : IGovernment
{
    private readonly DoctrineParameters _parameters;
    private readonly CouncilVotingParameters _voting;

    protected Doctrine(DoctrineParameters parameters, CouncilVotingParameters voting)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(voting);
        _parameters = parameters;
        _voting = voting;
    }

    public abstract string Name { get; }

    public abstract Policy Decide(in StateView view);

    /// <summary>
    /// The leaning is the stance on the measure, minus the alliance loyalty when allied with the target, plus the rivalry
    /// when the target is in another alliance, plus the member's private signal: yes above the threshold, no below its
    /// negative, otherwise an abstention. A member never votes for a measure against itself; a call against terrorism
    /// is against no one, so no tie to the state struck counts.
    /// </summary>
    public virtual UnVote Vote(in StateView view, in CouncilDraft draft)
    {
        var (isTarget, allied, rival) = draft.Measure == UnMeasure.CounterTerrorism ? (false, false, false) : (draft.IsTarget, draft.Allied, draft.Rival);
        if (isTarget)
        {
            return UnVote.No;
        }

        var leaning = _parameters.Council.Of(draft.Measure) + (allied ? -_voting.AllianceLoyalty : 0) + (rival ? _voting.Rivalry : 0) + draft.Signal;
        return leaning > _voting.Threshold ? UnVote.Yes : leaning < -_voting.Threshold ? UnVote.No : UnVote.Abstain;
    }

    public virtual bool SignsTreaty(in StateView view, int partner, double draw) => draw < _parameters.TreatyWillingness;

    public virtual bool CheatsOnTreaty(in StateView view, int partner, double draw) => draw < _parameters.TreatyDefection;

    public virtual bool Attacks(in StateView view, int target, Odds odds) => _parameters.InitiatesWars && odds.Taken;

    /// <summary>Yields a province other than the capital when the challenger's local superiority reaches the concession ratio.</summary>
    public virtual bool Concedes(in StateView view, in Demand demand) => demand.Ratio >= demand.ConcessionRatio && !demand.Capital;

    public virtual bool Escalates(in StateView view, int target, Odds odds) => odds.Taken;

    public virtual bool Settles(in StateView view, int enemy, Odds odds) => odds.Taken;

    public virtual bool Capitulates(in StateView view, int enemy, double resources, double floor) => resources < floor;

    public virtual bool StandsByVictimsOfAggression(in StateView view) => _parameters.StandsByVictims;

    /// <summary>
    /// Takes an interest in a war by the odds; then arms the government of an ally, or the rebels against a state of
    /// another alliance, and stays out otherwise.
    /// </summary>
    public virtual ProxySide ArmsSide(in StateView view, in ProxyChoice choice) =>
        !choice.Interest.Taken ? ProxySide.None : choice.Allied ? ProxySide.Government : choice.Rival ? ProxySide.Rebels : ProxySide.None;

    /// <summary>Balances: allies with the strongest neighbour of the threat; or, where the scenario's states bandwagon, with the threat.</summary>
    public virtual int ChoosesAlly(in StateView view, in AllianceChoice choice) => choice.Bandwagon ? choice.Threat : choice.Balancer;

    public virtual bool LeavesAlliance(in StateView view, int quietYears, int threshold) => quietYears >= threshold;
}
