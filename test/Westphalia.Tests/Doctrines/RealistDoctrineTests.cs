using System.Globalization;
using CsCheck;
using Westphalia.Doctrines;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Doctrines;

using World = Westphalia.World;

public class RealistDoctrineTests
{
    private const double Output = 1e12;

    /// <summary>
    /// States 0, 1, …, n − 1 on a line of one region each, with output <see cref="Output"/>, a budget already run
    /// (tax revenue at 20%) and the given annual military spending.
    /// </summary>
    private static World Line(params double[] annualSpending)
    {
        var n = annualSpending.Length;
        var world = StateGraphTests.GridWorld(n, 1, n, [.. Enumerable.Range(0, n)]);
        for (var s = 0; s < n; s++)
        {
            world.States.Output[s] = Output;
            world.States.TaxRevenue[s] = (long)(0.2 * Output / 12);
            world.States.MilitarySpending[s] = (long)(annualSpending[s] / 12);
        }

        return world;
    }

    private static StateView View(World world, int state) => new(world, state, 12, 2001);

    [Fact]
    public void The_defaults_are_a_stable_race_resting_at_three_percent_of_output()
    {
        var p = new RealistDoctrineParameters();
        var dyad = p.SymmetricDyad();
        Assert.True(dyad.IsStable);
        // The monthly Euler step is stable: |1 + dt·λ| < 1 for both eigenvalues −a ± k of the symmetric dyad.
        Assert.InRange(Math.Abs(1 + (RealistDoctrine.TickYears * (-p.Fatigue + p.Reaction))), 0, 0.999);
        Assert.InRange(Math.Abs(1 + (RealistDoctrine.TickYears * (-p.Fatigue - p.Reaction))), 0, 0.999);
        Assert.Equal(0.03, dyad.Equilibrium.X, 12);
        Assert.Equal(0.03, dyad.Equilibrium.Y, 12);

        // At rest: a state whose neighbour spends 3% of output and which spends 3% itself keeps it, a military share of
        // 0.15 of a 20% tax take, within the doctrine's bounds.
        var share = new RealistDoctrine(p).Decide(View(Line(0.03 * Output, 0.03 * Output), 0)).Military;
        Assert.InRange(share, p.MilitaryMin, p.MilitaryMax);
        Assert.Equal(0.15, share, 1e-9);
        Assert.Equal(0.03, p.TaxRate * share, 1e-9);
    }

    [Fact]
    public void A_state_arms_when_its_neighbour_arms()
    {
        var doctrine = new RealistDoctrine(new RealistDoctrineParameters());
        var previous = double.NegativeInfinity;
        var rises = 0;
        for (var rival = 0.0; rival <= 0.2; rival += 0.005)
        {
            var world = Line(0.03 * Output, rival * Output);
            var share = doctrine.Decide(View(world, 0)).Military;
            Assert.True(share >= previous, $"military share fell from {previous} to {share} as the rival rose to {rival}");
            rises += share > previous ? 1 : 0;
            previous = share;
        }

        Assert.True(rises > 10, "the response is not flat");
    }

    [Fact]
    public void The_response_is_monotone_in_every_neighbours_spending()
    {
        Gen.Select(Gen.Double[0, 0.15].Array[2, 5], Gen.Int[0, 3], Gen.Double[0, 0.1], Gen.Double[0, 0.15])
            .Sample((levels, which, own, raise) =>
            {
                // State 1 sits between 0 and 2: its neighbours are 0 and 2; others are too far to count.
                var doctrine = new RealistDoctrine(new RealistDoctrineParameters());
                var spending = new double[levels.Length + 1];
                spending[1] = own * Output;
                for (var i = 0; i < levels.Length; i++)
                {
                    spending[i < 1 ? i : i + 1] = levels[i] * Output;
                }

                var before = doctrine.Decide(View(Line(spending), 1)).Military;
                var j = which % spending.Length;
                if (j == 1)
                {
                    return;
                }

                spending[j] += raise * Output;
                var after = doctrine.Decide(View(Line(spending), 1)).Military;
                Assert.True(after >= before, $"raising state {j} lowered the share from {before} to {after}");
            }, iter: 500);
    }

    [Fact]
    public void The_rival_is_the_most_threatening_neighbour_not_the_sum()
    {
        var world = Line(0.05 * Output, 0.03 * Output, 0.04 * Output, 0.5 * Output);
        Assert.Equal([0, 2], View(world, 1).Neighbours.ToArray());
        Assert.Equal(12 * (long)(0.05 * Output / 12), RealistDoctrine.RivalMilitarySpending(View(world, 1)), 1e-3);
        Assert.Equal(0, RealistDoctrine.RivalMilitarySpending(View(Line(0.02 * Output), 0)));
    }

    [Fact]
    public void Arms_surge_while_the_state_is_alerted_and_relax_when_the_alert_lapses()
    {
        // Two neighbours at 3% and 5% of output: calm, the step is Richardson's with k; alerted by a crisis or fighting,
        // k is crisis_reaction times as large, so the state arms faster towards its rival; the alert lapsed, it is calm again.
        var p = new RealistDoctrineParameters();
        var doctrine = new RealistDoctrine(p);
        var world = Line(0.03 * Output, 0.05 * Output);
        var calm = doctrine.TargetMilitarySpending(View(world, 0));
        world.States.Alert[0] = true;
        var alerted = doctrine.TargetMilitarySpending(View(world, 0));
        var view = View(world, 0);
        var rise = RealistDoctrine.TickYears * p.Reaction * (p.CrisisReaction - 1) * view.MilitarySpendingOf(1);
        Assert.Equal(calm + rise, alerted, 1e-3);
        Assert.True(alerted - view.MilitarySpending > 2 * (calm - view.MilitarySpending), "an alerted state does not arm faster");
        world.States.Alert[0] = false;
        Assert.Equal(calm, doctrine.TargetMilitarySpending(View(world, 0)));
    }

    [Fact]
    public void The_target_is_one_Richardson_Euler_step()
    {
        var p = new RealistDoctrineParameters();
        var world = Line(0.03 * Output, 0.05 * Output);
        var view = View(world, 0);
        var m = view.MilitarySpending;
        var r = view.MilitarySpendingOf(1);
        var expected = m + (RealistDoctrine.TickYears * ((p.Reaction * r) - (p.Fatigue * m) + (p.Grievance * Output)));
        var doctrine = new RealistDoctrine(p);
        Assert.Equal(expected, doctrine.TargetMilitarySpending(view), 1e-3);
        Assert.Equal(expected / (p.TaxRate * Output), doctrine.Decide(view).Military, 12);
    }

    private static readonly Gen<RealistDoctrineParameters> Parameters =
        from tax in Gen.Double[0, 1]
        from k in Gen.Double[0, 10]
        from a in Gen.Double[0, 10]
        from g in Gen.Double[-1, 1]
        from lo in Gen.Double[0, 1]
        from hi in Gen.Double[0, 1]
        from police in Gen.Double[0, 1]
        select new RealistDoctrineParameters
        {
            TaxRate = tax,
            Reaction = k,
            Fatigue = a,
            Grievance = g,
            MilitaryMin = Math.Min(lo, hi),
            MilitaryMax = Math.Max(lo, hi),
            Police = Math.Min(police, 1 - Math.Max(lo, hi)),
        };

    [Fact]
    public void Policies_are_valid_and_give_no_aid_for_any_view()
    {
        Gen.Select(Parameters, Gen.Double[0, 1e13], Gen.Double[0, 1e12].Array[1, 5], Gen.Bool)
            .Sample((p, output, spending, budgetRan) =>
            {
                var world = Line(spending);
                for (var s = 0; s < spending.Length; s++)
                {
                    world.States.Output[s] = output;
                    world.States.TaxRevenue[s] = budgetRan ? (long)(0.2 * output / 12) : 0;
                }

                var doctrine = new RealistDoctrine(p);
                for (var s = 0; s < spending.Length; s++)
                {
                    var policy = doctrine.Decide(View(world, s));
                    Assert.Equal(p.TaxRate, policy.TaxRate);
                    Assert.Equal(0, policy.Aid);
                    Assert.InRange(policy.Military, p.MilitaryMin, p.MilitaryMax);
                    Assert.True(policy.Welfare >= 0 && policy.Police >= 0);
                    Assert.Equal(1.0, policy.Military + policy.Welfare + policy.Police + policy.Aid, 12);
                }
            }, iter: 1000);
    }

    [Fact]
    public void Before_the_first_budget_a_state_starts_at_the_symmetric_equilibrium()
    {
        var world = Line(0, 0);
        world.States.TaxRevenue[0] = 0;
        var policy = new RealistDoctrine(new RealistDoctrineParameters()).Decide(View(world, 0));
        Assert.Equal(0.15, policy.Military, 12);

        var unstable = new RealistDoctrineParameters { Reaction = 0.3 };
        Assert.Equal(unstable.MilitaryMin, new RealistDoctrine(unstable).Decide(View(world, 0)).Military, 12);
    }

    /// <summary>Two identical one-region states, an economy and population held still, every state realist.</summary>
    private static Scenario Pair(int years, double reaction, double fatigue, string doctrines = "default: realist") =>
        ScenarioLoader.LoadText(
            string.Create(CultureInfo.InvariantCulture, $$"""
            name: realist-pair
            seed: 3
            start_year: 2000
            years: {{years}}
            world:
              regions:
                - { name: West, owner: Aldor, x: 0, y: 0, population: 5000000, income_per_capita: 20000, ruggedness: 0.3, neighbours: [East] }
                - { name: East, owner: Beren, x: 1, y: 0, population: 5000000, income_per_capita: 20000, ruggedness: 0.3, neighbours: [West] }
              states:
                - { name: Aldor, capital: West }
                - { name: Beren, capital: East }
            parameters:
              economy: { frontier_growth: 0, convergence: 0, shock_sd: 0 }
              demography: { birth_rate_max: 0, birth_rate_min: 0, death_rate_scale: 0 }
            doctrines:
              {{doctrines}}
              realist: { reaction: {{reaction}}, fatigue: {{fatigue}} }
            """),
            "realist-pair.yaml");

    private static double Burden(World world, int s) => 12.0 * world.States.MilitarySpending[s] / world.States.Output[s];

    [Fact]
    public void Two_identical_realists_converge_to_the_symmetric_equilibrium_when_fatigue_exceeds_reaction()
    {
        var simulation = new Simulation(Pair(years: 200, reaction: 0.15, fatigue: 0.2));
        var world = simulation.World;
        Assert.Equal(0.03, Burden(world, 0), 4);

        // Knock them apart, one low and one high, and let the race settle again.
        world.States.MilitarySpending[0] = (long)(0.015 * world.States.Output[0] / 12);
        world.States.MilitarySpending[1] = (long)(0.07 * world.States.Output[1] / 12);
        simulation.Run();
        for (var s = 0; s < 2; s++)
        {
            Assert.Equal(0.03, Burden(world, s), 3);
            Assert.Equal(0.15, world.States.MilitaryBudgetShare[s], 3);
            Assert.Equal(0, world.States.AidGiven[s]);
        }
    }

    [Fact]
    public void Two_identical_realists_run_away_to_the_maximum_when_reaction_exceeds_fatigue()
    {
        var simulation = new Simulation(Pair(years: 80, reaction: 0.3, fatigue: 0.2));
        var world = simulation.World;
        var max = simulation.Scenario.Doctrines.Realist.MilitaryMax;
        Assert.Equal(simulation.Scenario.Doctrines.Realist.MilitaryMin, world.States.MilitaryBudgetShare[0], 12);
        simulation.Run();
        for (var s = 0; s < 2; s++)
        {
            Assert.Equal(max, world.States.MilitaryBudgetShare[s], 12);
            Assert.Equal(max * 0.2, Burden(world, s), 4);
        }
    }

    [Fact]
    public void A_realist_gives_no_aid_beside_a_balanced_state_that_does()
    {
        var scenario = ScenarioLoader.Load("two-states", ["years=5", "doctrines.assignments.Aldor=realist"]);
        var simulation = new Simulation(scenario);
        var aldor = Array.IndexOf(simulation.World.States.Name, "Aldor");
        var beren = 1 - aldor;
        long balancedAid = 0;
        simulation.Run(afterTick: sim =>
        {
            Assert.Equal(0, sim.World.States.AidGiven[aldor]);
            Assert.Equal(0, sim.World.States.AidBudgetShare[aldor]);
            balancedAid += sim.World.States.AidGiven[beren];
        });
        Assert.True(balancedAid > 0, "the balanced neighbour pays into the aid pool");
    }

    [Fact]
    public void The_realist_is_in_the_catalog_and_its_parameters_are_checked()
    {
        Assert.Contains(RealistDoctrine.DoctrineName, DoctrineCatalog.Names);
        Assert.IsType<RealistDoctrine>(DoctrineCatalog.Create("realist", new DoctrineSettings()));
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  realist:\n    military_min: 0.6\n    military_max: 0.4\n", "x.yaml"));
        Assert.Contains(error.Errors, e => e.Path == "doctrines.realist.military_min");
        error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  realist:\n    military_max: 0.95\n", "x.yaml"));
        Assert.Contains(error.Errors, e => e.Path == "doctrines.realist.military_max");
    }
}
