using Westphalia.Events;
using Westphalia.Metrics;
using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// Revenue and spending. Each living state taxes its output at its policy's rate and adds the aid it was allocated
/// last tick; the revenue is split, to the dollar, over the military, welfare, police and foreign aid by the policy's
/// shares, aid given being at most the state's tax revenue. Aid goes into a multilateral pool shared among the poorer
/// states in proportion to population and arrives next tick; aid on its way to a state that has died is shared out
/// among the recipients when it would have arrived. Money is conserved exactly, and a month's revenue across the world
/// is at most this month's tax plus last month's (docs/ODD.md §2.9, Bounds).
/// </summary>
public sealed class Budget : IMechanism
{
    private readonly World _world;
    private readonly AidParameters _aid;
    private readonly double[] _shares = new double[4];
    private readonly long[] _parts = new long[4];
    private readonly double[] _remainders = new double[4];
    private readonly Comparer<int> _poorestFirst;
    private readonly int[] _order;
    private readonly double[] _weights;
    private readonly long[] _allocation;
    private readonly double[] _allocationRemainders;
    private readonly double[] _returnWeights;
    private readonly BoundLog _bounds;

    public Budget(World world, AidParameters aid, EventBus? events = null)
    {
        _world = world;
        _aid = aid;
        var n = world.States.Count;
        // Poorest first; equal incomes in state order, so the cut-off never depends on the sort's internals.
        _poorestFirst = Comparer<int>.Create((a, b) =>
        {
            var c = world.States.IncomePerCapita(a).CompareTo(world.States.IncomePerCapita(b));
            return c != 0 ? c : a.CompareTo(b);
        });
        _order = new int[n];
        _weights = new double[n];
        _allocation = new long[n];
        _allocationRemainders = new double[n];
        _returnWeights = new double[n];
        _bounds = new BoundLog(events);
    }

    public string Name => "Budget";

    /// <summary>The budget of the month before the run, so that aid is already in transit and spending efforts are known.</summary>
    public void Initialise(in TickContext context) => Step(context);

    public void Step(in TickContext context)
    {
        var states = _world.States;
        var eligible = MarkAidRecipients();
        ReceiveAid(eligible);
        long pool = 0;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                states.TaxRevenue[s] = 0;
                states.MilitarySpending[s] = states.WelfareSpending[s] = states.PoliceSpending[s] = states.AidGiven[s] = 0;
                states.WelfareEffort[s] = states.PoliceEffort[s] = 0;
                continue;
            }

            states.TaxRevenue[s] = (long)Math.Round(states.TaxRate[s] * states.Output[s] / 12.0, MidpointRounding.ToEven);
            var revenue = states.Revenue(s);
            _shares[0] = states.MilitaryBudgetShare[s];
            _shares[1] = states.WelfareBudgetShare[s];
            _shares[2] = states.PoliceBudgetShare[s];
            _shares[3] = eligible ? states.AidBudgetShare[s] : 0; // no poorer state to give to: spent on welfare at home
            if (!eligible)
            {
                _shares[1] += states.AidBudgetShare[s];
            }

            if (_shares[0] + _shares[1] + _shares[2] + _shares[3] <= 0)
            {
                _shares[1] = 1;
            }

            Apportionment.Split(revenue, _shares, _parts, _remainders);
            if (_parts[3] > states.TaxRevenue[s])
            {
                // Aid given is at most the state's own tax revenue: aid received is not passed on beyond it, so money
                // cannot circulate through the pool and pile up (docs/ODD.md §2.9, Bounds). The rest is spent on welfare.
                var excess = _parts[3] - states.TaxRevenue[s];
                _parts[3] -= excess;
                _parts[1] += excess;
                _bounds.Reached(context.Tick, AidCapped, s, -1, excess,
                    $"{states.Name[s]} would give more aid than its tax revenue; aid given is capped at tax revenue and the rest spent on welfare");
            }

            states.MilitarySpending[s] = _parts[0];
            states.WelfareSpending[s] = _parts[1];
            states.PoliceSpending[s] = _parts[2];
            states.AidGiven[s] = _parts[3];
            pool += _parts[3];

            var annualOutput = states.Output[s];
            states.WelfareEffort[s] = annualOutput > 0 ? 12.0 * _parts[1] / annualOutput : 0;
            states.PoliceEffort[s] = annualOutput > 0 ? 12.0 * _parts[2] / annualOutput : 0;
        }

        // Aid is given only when some state is eligible, so a positive pool has recipients.
        if (pool > 0)
        {
            Apportionment.Split(pool, _weights, _allocation, _allocationRemainders);
            for (var s = 0; s < states.Count; s++)
            {
                states.AidInTransit[s] = _allocation[s];
            }
        }
    }

    /// <summary>Event type logged the first time a state's aid given is capped at its tax revenue.</summary>
    public const string AidCapped = "aid_capped";

    /// <summary>
    /// Aid allocated last tick arrives: each living state receives what was sent to it. Aid on its way to a state that
    /// has died since is shared out at once among this tick's recipients (every living state in proportion to population
    /// when there is none), so all the aid in transit is received this tick.
    /// </summary>
    private void ReceiveAid(bool eligible)
    {
        var states = _world.States;
        long returned = 0;
        for (var s = 0; s < states.Count; s++)
        {
            states.AidReceived[s] = states.Alive[s] ? states.AidInTransit[s] : 0;
            returned += states.Alive[s] ? 0 : states.AidInTransit[s];
            states.AidInTransit[s] = 0;
        }

        if (returned <= 0)
        {
            return;
        }

        var weights = _weights;
        if (!eligible)
        {
            weights = _returnWeights;
            var any = false;
            for (var s = 0; s < states.Count; s++)
            {
                weights[s] = states.Alive[s] ? states.Population[s] : 0;
                any |= weights[s] > 0;
            }

            for (var s = 0; s < states.Count && !any; s++)
            {
                // No living state has people left: they share equally.
                weights[s] = states.Alive[s] ? 1 : 0;
            }
        }

        Apportionment.Split(returned, weights, _allocation, _allocationRemainders);
        for (var s = 0; s < states.Count; s++)
        {
            states.AidReceived[s] += _allocation[s];
        }
    }

    /// <summary>
    /// Sets the aid weights: population for living states whose income per capita is below the recipient quantile
    /// of living states, zero otherwise. Returns whether any state is eligible.
    /// </summary>
    private bool MarkAidRecipients()
    {
        var states = _world.States;
        var alive = 0;
        for (var s = 0; s < states.Count; s++)
        {
            _weights[s] = 0;
            if (states.Alive[s] && states.Population[s] > 0)
            {
                _order[alive] = s;
                alive++;
            }
        }

        if (alive < 2)
        {
            return false;
        }

        Array.Sort(_order, 0, alive, _poorestFirst);
        var count = (int)Math.Floor(_aid.RecipientQuantile * alive);
        for (var k = 0; k < count; k++)
        {
            var s = _order[k];
            _weights[s] = states.Population[s];
        }

        return count > 0;
    }
}
