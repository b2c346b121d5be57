using CsCheck;
using Westphalia.Doctrines;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Doctrines;

using World = Westphalia.World;

public class HumanSecurityDoctrineTests
{
    /// <summary>
    /// States 0, 1, …, n − 1 on a line of one region each, with a million people each at the given incomes per capita,
    /// aggregated to the states; every state at peace.
    /// </summary>
    internal static World Line(params double[] incomes)
    {
        var n = incomes.Length;
        var world = StateGraphTests.GridWorld(n, 1, n, [.. Enumerable.Range(0, n)]);
        for (var s = 0; s < n; s++)
        {
            world.Regions.Population[s] = 1_000_000;
            world.Regions.IncomePerCapita[s] = incomes[s];
        }

        world.AggregateStates();
        return world;
    }

    internal static StateView View(World world, int state, int tick = 12) => new(world, state, tick, 2001);

    internal static void AssertValid(Policy policy)
    {
        Assert.InRange(policy.TaxRate, 0, 1);
        Assert.True(policy.Military >= 0 && policy.Welfare >= 0 && policy.Police >= 0 && policy.Aid >= 0, $"negative share in {policy}");
        Assert.Equal(1.0, policy.Military + policy.Welfare + policy.Police + policy.Aid, 12);
        Assert.InRange(policy.Protection, 0, 1);
    }

    [Fact]
    public void In_peace_the_state_polices_more_than_the_balanced_doctrine_arms_moderately_and_protects_fully()
    {
        // The doctrine with its default parameters decides the peacetime policy docs/ODD.md §7.1 documents, welfare taking
        // the rest; the balanced doctrine's shares are its documented defaults too.
        var policy = new HumanSecurityDoctrine(new HumanSecurityDoctrineParameters()).Decide(View(Line(20000, 20000), 0));
        static double Documented(string field) => OddDocument.Default($"doctrines.human_security.{field}");
        AssertValid(policy);
        Assert.Equal(Documented("tax_rate"), policy.TaxRate, 12);
        Assert.Equal(Documented("military"), policy.Military, 12);
        Assert.Equal(Documented("police"), policy.Police, 12);
        Assert.Equal(Documented("aid"), policy.Aid, 12);
        Assert.Equal(1 - Documented("military") - Documented("police") - Documented("aid"), policy.Welfare, 12);
        Assert.Equal(Documented("protection"), policy.Protection);
        Assert.Equal(1.0, policy.Protection);
        Assert.True(policy.Police > OddDocument.Default("doctrines.balanced.police"), "more police than the balanced doctrine");
        Assert.True(policy.Military < OddDocument.Default("doctrines.balanced.military"), "a smaller military than the balanced doctrine");
        Assert.True(policy.Aid > 0, "modest aid");
    }

    [Fact]
    public void At_civil_war_the_state_moves_budget_from_welfare_to_police_and_the_military_and_keeps_full_protection()
    {
        var world = Line(20000, 20000);
        var doctrine = new HumanSecurityDoctrine(new HumanSecurityDoctrineParameters());
        var peace = doctrine.Decide(View(world, 0));
        Assert.False(View(world, 0).AtCivilWar);

        world.States.CivilWar[0] = 0;
        Assert.True(View(world, 0).AtCivilWar);
        var war = doctrine.Decide(View(world, 0));
        AssertValid(war);
        Assert.Equal(peace.Military + 0.05, war.Military, 12);
        Assert.Equal(peace.Police + 0.05, war.Police, 12);
        Assert.Equal(peace.Welfare - 0.10, war.Welfare, 12);
        Assert.Equal(peace.Aid, war.Aid, 12);
        Assert.Equal(peace.TaxRate, war.TaxRate);
        Assert.Equal(1.0, war.Protection);

        // The neighbour at peace is not affected.
        Assert.Equal(peace, doctrine.Decide(View(world, 1)));
    }

    private static readonly Gen<HumanSecurityDoctrineParameters> Parameters =
        from tax in Gen.Double[0, 1]
        from shares in Gen.Double[0, 1].Array[5]
        from scale in Gen.Double[0, 1]
        from protection in Gen.Double[0, 1]
        from peacekeeping in Gen.Double[0, 1]
        let sum = shares.Sum()
        let k = sum > 0 ? scale / sum : 0 // the five shares scaled to sum to at most 1, as validation requires
        select new HumanSecurityDoctrineParameters
        {
            TaxRate = tax,
            Military = shares[0] * k,
            Police = shares[1] * k,
            Aid = shares[2] * k,
            CivilWarMilitary = shares[3] * k,
            CivilWarPolice = shares[4] * k,
            Protection = protection,
            PeacekeepingSupport = peacekeeping,
        };

    [Fact]
    public void Policies_are_valid_for_any_valid_parameters_and_civil_war_only_moves_welfare_to_police_and_military()
    {
        Gen.Select(Parameters, Gen.Double[0, 200000].Array[1, 5], Gen.Int[0, 4], Gen.Bool)
            .Sample((p, incomes, which, civilWar) =>
            {
                var world = Line(incomes);
                var state = which % incomes.Length;
                var doctrine = new HumanSecurityDoctrine(p);
                var peace = doctrine.Decide(View(world, state));
                world.States.CivilWar[state] = civilWar ? 3 : -1;
                var policy = doctrine.Decide(View(world, state));
                AssertValid(peace);
                AssertValid(policy);
                Assert.Equal(p.TaxRate, policy.TaxRate);
                Assert.Equal(p.Protection, policy.Protection, 12);
                Assert.Equal(p.Aid, policy.Aid, 9);
                Assert.Equal(p.Military + (civilWar ? p.CivilWarMilitary : 0), policy.Military, 9);
                Assert.Equal(p.Police + (civilWar ? p.CivilWarPolice : 0), policy.Police, 9);
                Assert.True(policy.Welfare <= peace.Welfare + 1e-12, "civil war does not raise welfare");
            }, iter: 1000);
    }

    [Fact]
    public void Peacekeeping_support_is_the_policys_pledge_and_changes_nothing_else()
    {
        var world = Line(20000, 5000);
        var low = new HumanSecurityDoctrine(new HumanSecurityDoctrineParameters { PeacekeepingSupport = 0 });
        var high = new HumanSecurityDoctrine(new HumanSecurityDoctrineParameters { PeacekeepingSupport = 0.3 });
        Assert.Equal(0.0, low.PeacekeepingSupport);
        Assert.Equal(0.3, high.PeacekeepingSupport);
        Assert.Equal(0.3, high.Decide(View(world, 0)).Peacekeeping);
        Assert.Equal(low.Decide(View(world, 0)) with { Peacekeeping = 0.3 }, high.Decide(View(world, 0)));
    }

    [Fact]
    public void The_doctrine_is_in_the_catalog_and_its_parameters_bind_as_human_security_and_are_checked()
    {
        Assert.Contains(HumanSecurityDoctrine.DoctrineName, DoctrineCatalog.Names);
        var settings = new DoctrineSettings();
        settings.HumanSecurity.PeacekeepingSupport = 0.2;
        var doctrine = Assert.IsType<HumanSecurityDoctrine>(DoctrineCatalog.Create("human-security", settings));
        Assert.Equal(0.2, doctrine.PeacekeepingSupport);

        var scenario = ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  default: human-security\n  human_security:\n    police: 0.2\n    peacekeeping_support: 0.1\n", "x.yaml");
        Assert.Equal("human-security", scenario.Doctrines.Default);
        Assert.Equal(0.2, scenario.Doctrines.HumanSecurity.Police);
        Assert.Equal(0.1, scenario.Doctrines.HumanSecurity.PeacekeepingSupport);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  human_security:\n    police: 0.5\n    civil_war_police: 0.4\n", "x.yaml"));
        var e = Assert.Single(error.Errors);
        Assert.StartsWith("doctrines.human_security", e.Path, StringComparison.Ordinal);
        Assert.Contains("civil_war_police", e.Message, StringComparison.Ordinal);
        error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  human_security:\n    protection: 1.5\n", "x.yaml"));
        Assert.Contains(error.Errors, x => x.Path == "doctrines.human_security.protection");
    }

    [Fact]
    public void Two_states_under_the_human_security_doctrine_run_to_the_end_with_the_policy_in_force()
    {
        var simulation = new Simulation(ScenarioLoader.Load("two-states", ["years=3", "doctrines.default=human-security"]));
        var p = simulation.Scenario.Doctrines.HumanSecurity;
        long aid = 0;
        simulation.Run(afterTick: sim =>
        {
            var states = sim.World.States;
            for (var s = 0; s < states.Count; s++)
            {
                if (!states.Alive[s])
                {
                    continue;
                }

                // The peacetime policy, or the civil-war one if a civil war was going on when the state decided.
                var police = states.PoliceBudgetShare[s];
                var military = states.MilitaryBudgetShare[s];
                var peace = Math.Abs(police - p.Police) < 1e-12 && Math.Abs(military - p.Military) < 1e-12;
                var war = Math.Abs(police - p.Police - p.CivilWarPolice) < 1e-12 && Math.Abs(military - p.Military - p.CivilWarMilitary) < 1e-12;
                Assert.True(peace || war, $"police {police} and military {military} are neither the peace nor the civil-war policy");
                Assert.Equal(p.Protection, states.CivilianProtection[s]);
                Assert.Equal(states.Revenue(s), states.Spending(s));
                aid += states.AidGiven[s];
            }
        });
        Assert.True(simulation.IsFinished);
        Assert.True(aid > 0, "the richer state pays into the aid pool");
    }
}
