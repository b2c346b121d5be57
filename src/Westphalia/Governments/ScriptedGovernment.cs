using Westphalia.Doctrines;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Governments;

/// <summary>
/// A government that replays orders (<see cref="GovernmentSpec"/>): a human team's, an instructor's or a what-if's.
/// The orders in force at a tick are the last set whose month has come; every decision they take is theirs, and every
/// one they leave out is the fallback government's, so a team may order its budget alone and leave the rest to its
/// doctrine. State names in the orders are resolved once, against the initial map.
/// </summary>
public sealed class ScriptedGovernment : IGovernment
{
    private readonly IGovernment _fallback;
    private readonly (int Tick, Orders Orders)[] _orders;
    private readonly HashSet<int>?[] _targets;
    private readonly int[] _allies;
    private readonly Dictionary<int, ProxySide>?[] _arms;

    /// <param name="spec">The orders and the name of the government.</param>
    /// <param name="fallback">The government that takes the decisions no order takes.</param>
    /// <param name="startYear">The run's first year, to turn the orders' months into ticks.</param>
    /// <param name="stateOf">The slot of a state of the initial map by its name (−1 for none).</param>
    public ScriptedGovernment(GovernmentSpec spec, IGovernment fallback, int startYear, Func<string, int> stateOf)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(stateOf);
        Name = spec.Name;
        _fallback = fallback;
        _orders = [.. spec.Orders.Select(o => (o.Tick(startYear), o)).OrderBy(o => o.Item1)];
        _targets = [.. _orders.Select(o => o.Orders.War?.Targets is { } names ? names.Select(stateOf).ToHashSet() : null)];
        _allies = [.. _orders.Select(o => o.Orders.Alliances?.Ally is { } ally ? (ally == "none" ? -1 : stateOf(ally)) : -2)];
        _arms = [.. _orders.Select(o => o.Orders.Arm?.ToDictionary(a => stateOf(a.Key), a => a.Value))];
    }

    public string Name { get; }

    public Policy Decide(in StateView view)
    {
        var policy = _fallback.Decide(view);
        if (InForce(view.Tick) is not { Orders.Budget: { } b })
        {
            return policy;
        }

        return new Policy(
            b.TaxRate ?? policy.TaxRate, b.Military ?? policy.Military, b.Welfare ?? policy.Welfare, b.Police ?? policy.Police, b.Aid ?? policy.Aid)
        {
            Protection = b.Protection ?? policy.Protection,
            Sharing = b.Sharing ?? policy.Sharing,
            Peacekeeping = b.Peacekeeping ?? policy.Peacekeeping,
        };
    }

    public UnVote Vote(in StateView view, in CouncilDraft draft) =>
        InForce(view.Tick)?.Orders.Council?.On(draft.Measure) ?? _fallback.Vote(view, draft);

    public bool SignsTreaty(in StateView view, int partner, double draw) =>
        InForce(view.Tick)?.Orders.Treaties?.Sign ?? _fallback.SignsTreaty(view, partner, draw);

    public bool CheatsOnTreaty(in StateView view, int partner, double draw) =>
        InForce(view.Tick)?.Orders.Treaties?.Cheat ?? _fallback.CheatsOnTreaty(view, partner, draw);

    public bool Attacks(in StateView view, int target, Odds odds)
    {
        var index = Index(view.Tick);
        if (index < 0)
        {
            return _fallback.Attacks(view, target, odds);
        }

        if (_targets[index] is { } targets && !targets.Contains(target))
        {
            return false;
        }

        return _orders[index].Orders.War?.Attack ?? (_targets[index] is not null || _fallback.Attacks(view, target, odds));
    }

    public bool Concedes(in StateView view, in Demand demand) =>
        InForce(view.Tick)?.Orders.War?.Concede ?? _fallback.Concedes(view, demand);

    public bool Escalates(in StateView view, int target, Odds odds) =>
        InForce(view.Tick)?.Orders.War?.Escalate ?? _fallback.Escalates(view, target, odds);

    public bool Settles(in StateView view, int enemy, Odds odds) =>
        InForce(view.Tick)?.Orders.War?.Settle ?? _fallback.Settles(view, enemy, odds);

    public bool Capitulates(in StateView view, int enemy, double resources, double floor) =>
        InForce(view.Tick)?.Orders.War?.Capitulate ?? _fallback.Capitulates(view, enemy, resources, floor);

    public bool StandsByVictimsOfAggression(in StateView view) =>
        InForce(view.Tick)?.Orders.War?.StandByVictims ?? _fallback.StandsByVictimsOfAggression(view);

    public ProxySide ArmsSide(in StateView view, in ProxyChoice choice)
    {
        var index = Index(view.Tick);
        return index >= 0 && _arms[index] is { } arms && arms.TryGetValue(choice.State, out var side) ? side : _fallback.ArmsSide(view, choice);
    }

    public int ChoosesAlly(in StateView view, in AllianceChoice choice)
    {
        var index = Index(view.Tick);
        return index >= 0 && _allies[index] != -2 ? _allies[index] : _fallback.ChoosesAlly(view, choice);
    }

    public bool LeavesAlliance(in StateView view, int quietYears, int threshold) =>
        InForce(view.Tick)?.Orders.Alliances?.Leave ?? _fallback.LeavesAlliance(view, quietYears, threshold);

    private (int Tick, Orders Orders)? InForce(int tick)
    {
        var index = Index(tick);
        return index >= 0 ? _orders[index] : null;
    }

    /// <summary>The index of the orders in force at a tick: the last whose month has come; −1 before the first.</summary>
    private int Index(int tick)
    {
        var index = -1;
        for (var i = 0; i < _orders.Length && _orders[i].Tick <= tick; i++)
        {
            index = i;
        }

        return index;
    }
}
