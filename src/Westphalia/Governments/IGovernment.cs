using Westphalia.Doctrines;
using Westphalia.Mechanisms;

namespace Westphalia.Governments;

/// <summary>
/// A state's government: every decision a state takes goes through it, and the mechanisms only resolve what governments
/// decide. A doctrine is a government that decides by rule (<see cref="Doctrine"/>); a human team's orders or a
/// researcher's plug-in are governments too. Each method receives what its state can see (<see cref="StateView"/>)
/// and the situation the mechanism puts to it; where the mechanism has a model of how likely a course is (GeoSim's
/// attack rule, the chance of escalation) it says so in an <see cref="Odds"/>, with the uniform draw reserved for the
/// decision, so that a government that follows the odds takes exactly the draws the model would.
/// </summary>
public interface IGovernment
{
    /// <summary>The name recorded for the state in the outputs (a doctrine's name, or what a plug-in calls itself).</summary>
    string Name { get; }

    /// <summary>The budget for this tick: tax rate and shares, protection of civilians, Interpol sharing, peacekeeping pledge.</summary>
    Policy Decide(in StateView view);

    /// <summary>A vote on a draft before the Security Council, of which the state is a member.</summary>
    UnVote Vote(in StateView view, in CouncilDraft draft);

    /// <summary>Whether to sign an arms-control treaty with a rival neighbour that negotiates one (docs/ODD.md §7.19).</summary>
    bool SignsTreaty(in StateView view, int partner, double draw);

    /// <summary>Whether to start cheating, this year, on the treaty with <paramref name="partner"/>.</summary>
    bool CheatsOnTreaty(in StateView view, int partner, double draw);

    /// <summary>
    /// Whether to attack, or to open a crisis by a demand, when the state considers a neighbour (docs/ODD.md §7.4.4).
    /// The odds are GeoSim's: the logistic of the local force ratio.
    /// </summary>
    bool Attacks(in StateView view, int target, Odds odds);

    /// <summary>Whether to yield the contested province to a challenger's demand.</summary>
    bool Concedes(in StateView view, in Demand demand);

    /// <summary>Whether to escalate to war a crisis whose demand was refused (the alternative is to back down).</summary>
    bool Escalates(in StateView view, int target, Odds odds);

    /// <summary>Whether to settle, on the border with <paramref name="enemy"/>, a war both sides fight there.</summary>
    bool Settles(in StateView view, int enemy, Odds odds);

    /// <summary>
    /// Whether to capitulate to <paramref name="enemy"/>, yielding the province fought over, when its war resources have
    /// fallen to <paramref name="resources"/>, against the <paramref name="floor"/> below which the interstate-war
    /// parameters expect a state to give up (capitulation_share of its capacity).
    /// </summary>
    bool Capitulates(in StateView view, int enemy, double resources, double floor);

    /// <summary>
    /// Whether the state stands by a neighbour attacked by an aggressor it is not allied with: it adds its forces to
    /// the victim's defence and joins the war against the aggressor (collective security, docs/ODD.md §7.4.4).
    /// </summary>
    bool StandsByVictimsOfAggression(in StateView view);

    /// <summary>Which side, if any, the state arms in another state's civil war, as one of the strongest states (docs/ODD.md §7.5.8).</summary>
    ProxySide ArmsSide(in StateView view, in ProxyChoice choice);

    /// <summary>The state to ally with when a neighbour threatens it, or −1 to stay alone (docs/ODD.md §7.3).</summary>
    int ChoosesAlly(in StateView view, in AllianceChoice choice);

    /// <summary>Whether to leave its alliance after <paramref name="quietYears"/> years without a threat.</summary>
    bool LeavesAlliance(in StateView view, int quietYears, int threshold);
}
