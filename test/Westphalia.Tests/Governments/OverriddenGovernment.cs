using Westphalia.Doctrines;
using Westphalia.Governments;
using Westphalia.Mechanisms;

namespace Westphalia.Tests.Governments;

/// <summary>A government that decides as another one, except for the decisions a test overrides.</summary>
internal sealed class OverriddenGovernment(IGovernment inner) : IGovernment
{
    public Func<UnVote>? Vote { get; init; }

    public Func<bool>? Signs { get; init; }

    public Func<bool>? Attack { get; init; }

    public Func<bool>? Concede { get; init; }

    public Func<int>? Ally { get; init; }

    public Func<ProxySide>? Arms { get; init; }

    public string Name => inner.Name;

    public Policy Decide(in StateView view) => inner.Decide(view);

    UnVote IGovernment.Vote(in StateView view, in CouncilDraft draft) => Vote?.Invoke() ?? inner.Vote(view, draft);

    public bool SignsTreaty(in StateView view, int partner, double draw) => Signs?.Invoke() ?? inner.SignsTreaty(view, partner, draw);

    public bool CheatsOnTreaty(in StateView view, int partner, double draw) => inner.CheatsOnTreaty(view, partner, draw);

    public bool Attacks(in StateView view, int target, Odds odds) => Attack?.Invoke() ?? inner.Attacks(view, target, odds);

    public bool Concedes(in StateView view, in Demand demand) => Concede?.Invoke() ?? inner.Concedes(view, demand);

    public bool Escalates(in StateView view, int target, Odds odds) => inner.Escalates(view, target, odds);

    public bool Settles(in StateView view, int enemy, Odds odds) => inner.Settles(view, enemy, odds);

    public bool Capitulates(in StateView view, int enemy, double resources, double floor) => inner.Capitulates(view, enemy, resources, floor);

    public bool StandsByVictimsOfAggression(in StateView view) => inner.StandsByVictimsOfAggression(view);

    public ProxySide ArmsSide(in StateView view, in ProxyChoice choice) => Arms?.Invoke() ?? inner.ArmsSide(view, choice);

    public int ChoosesAlly(in StateView view, in AllianceChoice choice) => Ally?.Invoke() ?? inner.ChoosesAlly(view, choice);

    public bool LeavesAlliance(in StateView view, int quietYears, int threshold) => inner.LeavesAlliance(view, quietYears, threshold);
}
