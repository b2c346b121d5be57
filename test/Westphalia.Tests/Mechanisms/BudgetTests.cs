using CsCheck;
using Westphalia.Doctrines;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Parameters;

namespace Westphalia.Tests.Mechanisms;

using World = Westphalia.World;
using Westphalia.Events;

/// <summary>Budget (docs/ODD.md §7.2): revenue, its split to the dollar, and the aid pool, stepped alone on worlds built by hand.</summary>
public class BudgetTests
{
    /// <summary>One-region states with the given annual outputs and populations (as last aggregated), every state alive.</summary>
    private static World States(params (double Output, long Population)[] states)
    {
        var world = SmallWorlds.Grid(states.Length, 1, states.Length, r => r);
        for (var s = 0; s < states.Length; s++)
        {
            (world.States.Output[s], world.States.Population[s]) = states[s];
        }

        return world;
    }

    private static void SetPolicy(World world, double tax, double military, double welfare, double police, double aid)
    {
        for (var s = 0; s < world.States.Count; s++)
        {
            PolicyPhase.Apply(world.States, s, new Policy(tax, military, welfare, police, aid));
        }
    }

    private static readonly AidParameters NoAid = new() { RecipientQuantile = 0 };

    [Fact]
    public void Tax_revenue_is_the_tax_rate_times_a_month_of_output_in_whole_dollars_with_halves_to_even()
    {
        // τ · Y / 12 = 2.5, 3.5, 2.25 and 1,000,000.5: rounded to 2, 4, 2 and 1,000,000.
        var world = States((60, 1), (84, 1), (54, 1), (24_000_012, 1));
        SetPolicy(world, 0.5, 0.25, 0.25, 0.25, 0.25);
        new Budget(world, NoAid).Step(SmallWorlds.Tick(0));
        Assert.Equal([2L, 4L, 2L, 1_000_000L], world.States.TaxRevenue);
        for (var s = 0; s < 4; s++)
        {
            Assert.Equal(world.States.TaxRevenue[s], world.States.Revenue(s));
        }
    }

    [Fact]
    public void Revenue_is_split_to_the_dollar_by_the_policy_shares()
    {
        // 1,000,001 dollars by (0.3, 0.5, 0.1, 0.1) with no poorer state to give to: the aid share goes to welfare,
        // 300,000.3 / 600,000.6 / 100,000.1 by largest remainder.
        var world = States((12_000_012, 1_000));
        SetPolicy(world, 1, 0.3, 0.5, 0.1, 0.1);
        new Budget(world, new AidParameters()).Step(SmallWorlds.Tick(0));
        var states = world.States;
        Assert.Equal(1_000_001, states.TaxRevenue[0]);
        Assert.Equal((300_000L, 600_001L, 100_000L, 0L), (states.MilitarySpending[0], states.WelfareSpending[0], states.PoliceSpending[0], states.AidGiven[0]));
        Assert.Equal(states.Revenue(0), states.Spending(0));
        Assert.Equal(12.0 * 600_001 / 12_000_012, states.WelfareEffort[0], 1e-15);
        Assert.Equal(12.0 * 100_000 / 12_000_012, states.PoliceEffort[0], 1e-15);
    }

    [Fact]
    public void Aid_is_pooled_and_goes_to_the_poorer_half_in_proportion_to_population_arriving_the_next_month()
    {
        // Incomes per capita 1,000, 2,000, 30,000 and 40,000: with q = 0.5 the poorest two, of 1 and 3 million people,
        // draw on the pool a quarter and three quarters.
        var world = States((1e9, 1_000_000), (6e9, 3_000_000), (6e10, 2_000_000), (8e10, 2_000_000));
        SetPolicy(world, 0.24, 0.25, 0.5, 0.125, 0.125);
        var states = world.States;
        var budget = new Budget(world, new AidParameters());
        budget.Step(SmallWorlds.Tick(0));

        Assert.All(states.AidReceived, a => Assert.Equal(0, a)); // nothing was in transit before the first month
        var pool = states.AidGiven.Sum();
        Assert.Equal(367_500_000, pool); // an eighth of 0.02 · (1 + 6 + 60 + 80) · 10^9
        Assert.Equal([pool / 4, 3 * pool / 4, 0, 0], states.AidInTransit);

        var sent = (long[])states.AidInTransit.Clone();
        budget.Step(SmallWorlds.Tick(1));
        Assert.Equal(sent, states.AidReceived);
        for (var s = 0; s < 4; s++)
        {
            Assert.Equal(states.TaxRevenue[s] + sent[s], states.Revenue(s));
            Assert.Equal(states.Revenue(s), states.Spending(s));
        }
    }

    [Fact]
    public void A_state_gives_in_aid_at_most_its_tax_revenue_spends_the_rest_on_welfare_and_this_is_logged_once()
    {
        // The poorer state gives all its budget in aid and receives a large transfer: it may pass on only its own tax.
        var world = States((1.2e6, 1_000), (1.2e9, 1_000));
        var states = world.States;
        PolicyPhase.Apply(states, 0, new Policy(1, 0, 0, 0, 1));
        PolicyPhase.Apply(states, 1, new Policy(0.1, 0.5, 0.5, 0, 0));
        states.AidInTransit[0] = 5_000_000;
        var events = new List<SimulationEvent>();
        var bus = new EventBus();
        bus.Subscribe(events.Add);
        var budget = new Budget(world, new AidParameters(), bus);
        budget.Step(SmallWorlds.Tick(0));

        Assert.Equal(100_000, states.TaxRevenue[0]);
        Assert.Equal(5_100_000, states.Revenue(0));
        Assert.Equal(100_000, states.AidGiven[0]);
        Assert.Equal(5_000_000, states.WelfareSpending[0]);
        Assert.Equal(states.Revenue(0), states.Spending(0));
        var logged = Assert.Single(events);
        Assert.Equal((Budget.AidCapped, 0, 5_000_000.0), (logged.Type, logged.State, logged.Value));

        states.AidInTransit[0] = 7_000_000;
        budget.Step(SmallWorlds.Tick(1));
        Assert.Equal(100_000, states.AidGiven[0]);
        Assert.Single(events);
    }

    [Fact]
    public void Aid_on_its_way_to_a_state_that_died_is_shared_at_once_among_the_recipients_by_population()
    {
        // Five states; the poorest two (1 and 4 million people) are this month's recipients. State 2 died with
        // 1,000,001 dollars on their way to it: 200,000.2 and 800,000.8, so 200,000 and 800,001.
        var world = States((1e9, 1_000_000), (4e9, 4_000_000), (1e8, 1), (6e10, 2_000_000), (8e10, 2_000_000));
        var states = world.States;
        SetPolicy(world, 0.2, 0.5, 0.5, 0, 0);
        states.Alive[2] = false;
        states.AidInTransit[0] = 7;
        states.AidInTransit[2] = 1_000_001;
        new Budget(world, new AidParameters()).Step(SmallWorlds.Tick(0));

        Assert.Equal([7 + 200_000L, 800_001L, 0, 0, 0], states.AidReceived);
        Assert.All(states.AidInTransit, a => Assert.Equal(0, a));
        Assert.Equal((0L, 0L), (states.TaxRevenue[2], states.Spending(2)));
        Assert.Equal(0, states.WelfareEffort[2]);
    }

    [Fact]
    public void Aid_for_a_dead_state_with_no_recipient_this_month_goes_to_every_living_state_by_population()
    {
        var world = States((1e9, 1_000_000), (4e9, 3_000_000), (1e8, 1));
        var states = world.States;
        SetPolicy(world, 0.2, 0.5, 0.5, 0, 0);
        states.Alive[2] = false;
        states.AidInTransit[2] = 1_000;
        new Budget(world, NoAid).Step(SmallWorlds.Tick(0));
        Assert.Equal([250L, 750L, 0], states.AidReceived);
    }

    [Fact]
    public void With_no_poorer_state_to_give_to_the_aid_share_is_spent_on_welfare_at_home()
    {
        // A quantile of 0.4 of two states makes floor(0.8) = 0 recipients.
        var world = States((1.2e9, 1_000), (1.2e10, 1_000));
        SetPolicy(world, 0.1, 0.25, 0.25, 0.25, 0.25);
        new Budget(world, new AidParameters { RecipientQuantile = 0.4 }).Step(SmallWorlds.Tick(0));
        var states = world.States;
        Assert.All(states.AidGiven, a => Assert.Equal(0, a));
        Assert.All(states.AidInTransit, a => Assert.Equal(0, a));
        Assert.Equal([5_000_000L, 50_000_000L], states.WelfareSpending);
        Assert.Equal([2_500_000L, 25_000_000L], states.MilitarySpending);
    }

    [Fact]
    public void A_policy_with_no_positive_share_spends_everything_on_welfare()
    {
        var world = States((1.2e6, 10));
        PolicyPhase.Apply(world.States, 0, new Policy(0.5, 0, 0, 0, 0));
        new Budget(world, NoAid).Step(SmallWorlds.Tick(0));
        Assert.Equal(50_000, world.States.WelfareSpending[0]);
        Assert.Equal(world.States.Revenue(0), world.States.Spending(0));
    }

    /// <summary>A world of 2 to 8 states: outputs, populations, policies, some dead, and aid already in transit.</summary>
    private static readonly Gen<(double[] Output, long[] People, double[][] Policy, bool[] Alive, long[] InTransit, double Quantile)> Worlds =
        from n in Gen.Int[2, 8]
        from output in Gen.Double[0, 1e13].Array[n]
        from people in Gen.Long[0, 1_000_000_000].Array[n]
        from policy in Gen.Double[0, 1].Array[5].Array[n]
        from alive in Gen.Bool.Array[n]
        from transit in Gen.Long[0, 10_000_000_000].Array[n]
        from quantile in Gen.Double[0, 1]
        select (output, people, policy, alive, transit, quantile);

    [Fact]
    public void Money_is_conserved_exactly_for_any_outputs_shares_and_deaths()
    {
        Worlds.Sample(w =>
        {
            var n = w.Output.Length;
            var world = States([.. w.Output.Zip(w.People)]);
            var states = world.States;
            for (var s = 0; s < n; s++)
            {
                var x = w.Policy[s];
                PolicyPhase.Apply(states, s, new Policy(x[0], x[1], x[2], x[3], x[4]).Normalised());
                states.Alive[s] = w.Alive[s] || s == 0; // at least one living state
                states.AidInTransit[s] = w.InTransit[s];
            }

            var budget = new Budget(world, new AidParameters { RecipientQuantile = w.Quantile });
            for (var month = 0; month < 3; month++)
            {
                var inTransit = states.AidInTransit.Sum();
                budget.Step(SmallWorlds.Tick(month));

                // Aid in transit arrives in full, all of it this month; what is given is all put in transit.
                Assert.Equal(inTransit, states.AidReceived.Sum());
                Assert.Equal(states.AidGiven.Sum(), states.AidInTransit.Sum());
                var recipients = Recipients(states, w.Quantile);
                var pool = (double)states.AidGiven.Sum();
                var people = (double)recipients.Sum(s => states.Population[s]);
                for (var s = 0; s < n; s++)
                {
                    Assert.Equal(states.Revenue(s), states.Spending(s));
                    Assert.True(states.MilitarySpending[s] >= 0 && states.WelfareSpending[s] >= 0 && states.PoliceSpending[s] >= 0);
                    Assert.InRange(states.AidGiven[s], 0, states.TaxRevenue[s]);
                    Assert.True(states.AidInTransit[s] == 0 || recipients.Contains(s), $"aid sent to {s}, not among the poorest");
                    if (recipients.Contains(s))
                    {
                        // The pool is shared in proportion to population, to within a dollar.
                        var share = pool * (states.Population[s] / people);
                        Assert.InRange(states.AidInTransit[s], share - 1, share + 1);
                    }

                    if (!states.Alive[s])
                    {
                        Assert.Equal((0L, 0L, 0L), (states.TaxRevenue[s], states.AidReceived[s], states.Spending(s)));
                        continue;
                    }

                    Assert.Equal((long)Math.Round(states.TaxRate[s] * states.Output[s] / 12, MidpointRounding.ToEven), states.TaxRevenue[s]);

                    // Each part is its share of revenue to within a dollar, but for the aid cap's move to welfare.
                    var eligible = recipients.Count > 0;
                    var aidShare = eligible ? states.AidBudgetShare[s] : 0;
                    var welfareShare = states.WelfareBudgetShare[s] + (eligible ? 0 : states.AidBudgetShare[s]);
                    var revenue = (double)states.Revenue(s);
                    Assert.InRange(states.MilitarySpending[s], (states.MilitaryBudgetShare[s] * revenue) - 1, (states.MilitaryBudgetShare[s] * revenue) + 1);
                    Assert.InRange(states.PoliceSpending[s], (states.PoliceBudgetShare[s] * revenue) - 1, (states.PoliceBudgetShare[s] * revenue) + 1);
                    var moved = Math.Max(0, (aidShare * revenue) - states.TaxRevenue[s]);
                    Assert.InRange(states.WelfareSpending[s], (welfareShare * revenue) + moved - 2, (welfareShare * revenue) + moved + 2);
                }

                // Next month some states die, with aid on its way to them.
                if (month == 0 && n > 2)
                {
                    states.Alive[n - 1] = false;
                }
            }
        }, iter: 500);
    }

    /// <summary>The aid recipients as §7.2 defines them: the poorest floor(q · n) living states with people, ties by id.</summary>
    private static List<int> Recipients(StateTable states, double q)
    {
        var living = Enumerable.Range(0, states.Count).Where(s => states.Alive[s] && states.Population[s] > 0).ToList();
        return living.Count < 2 ? [] : [.. living.OrderBy(states.IncomePerCapita).ThenBy(s => s).Take((int)Math.Floor(q * living.Count))];
    }

    /// <summary>
    /// 2 to 60 states over 12 months: outputs that drift a little each month (some states overtaking others) or, some
    /// months, are drawn afresh; equal incomes; states that die or lose their people.
    /// </summary>
    private static readonly Gen<(double[] Output, long[] People, double Drift, int Reshuffle, int Seed, double Quantile)> Months =
        from n in Gen.Int[2, 60]
        from output in Gen.Double[0, 1e12].Array[n]
        from people in Gen.Long[0, 100_000_000].Array[n]
        from drift in Gen.Double[0, 0.2]
        from reshuffle in Gen.Int[1, 12]
        from seed in Gen.Int
        from quantile in Gen.Double[0, 1]
        select (output, people, drift, reshuffle, seed, quantile);

    [Fact]
    public void Recipients_and_the_aid_each_receives_are_those_of_a_fresh_sort_and_a_split_over_every_state_each_month()
    {
        Months.Sample(w =>
        {
            var n = w.Output.Length;
            var world = States([.. w.Output.Zip(w.People)]);
            var states = world.States;
            SetPolicy(world, 0.2, 0.2, 0.3, 0.1, 0.4);
            var random = new Random(w.Seed);
            var budget = new Budget(world, new AidParameters { RecipientQuantile = w.Quantile });
            for (var month = 0; month < 12; month++)
            {
                var alive = states.Alive.ToArray();
                var inTransit = states.AidInTransit.ToArray();
                var recipients = Recipients(states, w.Quantile);
                budget.Step(SmallWorlds.Tick(month));

                // Aid that arrives: what was on its way to a living state, and what was on its way to a dead one, split
                // over this month's recipients by population as over every state with zero weights for the others.
                var weights = new double[n];
                foreach (var s in recipients)
                {
                    weights[s] = states.Population[s];
                }

                var returned = Enumerable.Range(0, n).Where(s => !alive[s]).Sum(s => inTransit[s]);
                var shares = new long[n];
                if (returned > 0 && recipients.Count > 0)
                {
                    Apportionment.Split(returned, weights, shares, new double[n]);
                }

                var expectedReceived = Enumerable.Range(0, n).Select(s => (alive[s] ? inTransit[s] : 0) + shares[s]).ToArray();
                if (returned == 0 || recipients.Count > 0)
                {
                    Assert.Equal(expectedReceived, states.AidReceived);
                }

                var sent = new long[n];
                if (recipients.Count > 0)
                {
                    Apportionment.Split(states.AidGiven.Sum(), weights, sent, new double[n]);
                }

                Assert.Equal(sent, states.AidInTransit);

                // Next month's outputs: a drift, sometimes all drawn afresh, sometimes two states equal; deaths.
                for (var s = 0; s < n; s++)
                {
                    states.Output[s] = month % w.Reshuffle == w.Reshuffle - 1
                        ? random.NextDouble() * 1e12
                        : states.Output[s] * (1 + (w.Drift * (random.NextDouble() - 0.5)));
                }

                var a = random.Next(n);
                var b = random.Next(n);
                (states.Output[a], states.Population[a]) = (states.Output[b], states.Population[b]);
                var dying = random.Next(n * 3);
                if (dying < n)
                {
                    states.Alive[dying] = states.Alive.Count(x => x) == 1 && states.Alive[dying]; // one stays alive
                }
                else if (dying < 2 * n)
                {
                    states.Population[dying - n] = 0;
                }
            }
        }, iter: 300);
    }
}
