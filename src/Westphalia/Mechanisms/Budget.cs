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

    /// <summary>
    /// The states with people, poorest first, as last sorted: kept from month to month, since incomes move little in a
    /// month and the order is then nearly sorted already (see <see cref="SortPoorestFirst"/>).
    /// </summary>
    private readonly int[] _order;

    /// <summary>How many states <see cref="_order"/> holds.</summary>
    private int _ordered;

    /// <summary>Whether each state is in <see cref="_order"/>.</summary>
    private readonly bool[] _inOrder;

    /// <summary>Each state's income per capita this month, the key of <see cref="_order"/>.</summary>
    private readonly double[] _income;

    /// <summary>This month's aid recipients in ascending state order, and their weights (see <see cref="SplitAmongRecipients"/>).</summary>
    private readonly int[] _recipients;
    private readonly double[] _recipientWeights;
    private int _recipientCount;
    private readonly long[] _allocation;
    private readonly double[] _allocationRemainders;
    private readonly double[] _returnWeights;
    private readonly BoundLog _bounds;

    public Budget(World world, AidParameters aid, EventBus? events = null)
    {
        _world = world;
        _aid = aid;
        var n = world.States.Count;
        _income = new double[n];
        // Poorest first; equal incomes in state order, so the cut-off never depends on the sort's internals.
        _poorestFirst = Comparer<int>.Create(PoorerFirst);
        _order = new int[n];
        _inOrder = new bool[n];
        _recipients = new int[n];
        _recipientWeights = new double[n];
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
            // AidInTransit was emptied when last month's aid arrived (ReceiveAid).
            SplitAmongRecipients(pool, states.AidInTransit);
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

        if (eligible)
        {
            SplitAmongRecipients(returned, states.AidReceived);
            return;
        }

        var weights = _returnWeights;
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

        Apportionment.Split(returned, weights, _allocation, _allocationRemainders);
        for (var s = 0; s < states.Count; s++)
        {
            states.AidReceived[s] += _allocation[s];
        }
    }

    /// <summary>
    /// Takes as this month's aid recipients, in ascending state order and weighted by population, the living states
    /// whose income per capita is below the recipient quantile of living states. Returns whether any state is eligible.
    /// </summary>
    private bool MarkAidRecipients()
    {
        var states = _world.States;
        var alive = SortPoorestFirst();
        _recipientCount = 0;
        if (alive < 2)
        {
            return false;
        }

        var count = (int)Math.Floor(_aid.RecipientQuantile * alive);
        var recipients = _recipients.AsSpan(0, count);
        _order.AsSpan(0, count).CopyTo(recipients);
        recipients.Sort();
        for (var k = 0; k < count; k++)
        {
            _recipientWeights[k] = states.Population[recipients[k]];
        }

        _recipientCount = count;
        return count > 0;
    }

    /// <summary>
    /// Adds to <paramref name="perState"/> each recipient's part of <paramref name="total"/>, split by the aid weights.
    /// The split is over the recipients alone, in ascending state order: the same parts, to the dollar, as a split over
    /// every state with zero weights for the others. The weights' sum is the same (adding a zero weight changes no
    /// sum), so is each part's quotient, and the leftover dollars go by largest remainder, ties to the lower state,
    /// among positive weights only, which the recipients keep in the same order. It costs a sort of the recipients'
    /// remainders instead of every state's.
    /// </summary>
    private void SplitAmongRecipients(long total, Span<long> perState)
    {
        var count = _recipientCount;
        var parts = _allocation.AsSpan(0, count);
        Apportionment.Split(total, _recipientWeights.AsSpan(0, count), parts, _allocationRemainders.AsSpan(0, count));
        for (var k = 0; k < count; k++)
        {
            perState[_recipients[k]] += parts[k];
        }
    }

    /// <summary>
    /// Puts the living states with people in <see cref="_order"/>, poorest first, equal incomes in state order, and
    /// returns how many there are. The comparison is a total order, so the sorted order
    /// is unique and does not depend on how it is reached: last month's order, less the states that have left it and
    /// with those that have joined it at its end, is put in order by insertion, which costs little more than a pass
    /// when few incomes have overtaken others; when many have (the first month, or a shock), it is sorted afresh.
    /// </summary>
    private int SortPoorestFirst()
    {
        var states = _world.States;
        var order = _order;
        var inOrder = _inOrder;
        var income = _income;
        for (var s = 0; s < states.Count; s++)
        {
            income[s] = states.IncomePerCapita(s);
        }

        // Keep last month's order of the states that still have people, then add the others that now have.
        var count = 0;
        for (var k = 0; k < _ordered; k++)
        {
            var s = order[k];
            if (states.Alive[s] && states.Population[s] > 0)
            {
                order[count++] = s;
            }
            else
            {
                inOrder[s] = false;
            }
        }

        for (var s = 0; s < states.Count; s++)
        {
            if (!inOrder[s] && states.Alive[s] && states.Population[s] > 0)
            {
                inOrder[s] = true;
                order[count++] = s;
            }
        }

        _ordered = count;
        if (!InsertionSort(order.AsSpan(0, count), 8L * count))
        {
            Array.Sort(order, 0, count, _poorestFirst);
        }

        return count;
    }

    /// <summary>
    /// Sorts <paramref name="items"/> poorest first by insertion, unless that would take more than
    /// <paramref name="moves"/> moves: returns false then, the items a permutation of what they were.
    /// </summary>
    private bool InsertionSort(Span<int> items, long moves)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i;
            while (j > 0 && PoorerFirst(item, items[j - 1]) < 0)
            {
                items[j] = items[j - 1];
                j--;
                if (--moves < 0)
                {
                    items[j] = item;
                    return false;
                }
            }

            items[j] = item;
        }

        return true;
    }

    /// <summary>Poorest first by this month's income per capita; equal incomes in state order.</summary>
    private int PoorerFirst(int a, int b)
    {
        var c = _income[a].CompareTo(_income[b]);
        return c != 0 ? c : a.CompareTo(b);
    }
}
