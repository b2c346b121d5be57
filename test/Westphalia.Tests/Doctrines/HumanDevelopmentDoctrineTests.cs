using CsCheck;
using Westphalia.Doctrines;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Doctrines;

using static HumanSecurityDoctrineTests;

public class HumanDevelopmentDoctrineTests
{
    [Fact]
    public void A_donor_gives_the_UN_target_of_seven_tenths_of_a_percent_of_output_and_a_poorer_state_gives_none()
    {
        // Median of 30,000, 20,000, 2,000 and 1,000 is 11,000: states 0 and 1 are donors, 2 and 3 are not.
        // With its default parameters the doctrine decides the policy docs/ODD.md §7.1 documents; welfare takes the rest.
        var world = Line(30000, 20000, 2000, 1000);
        var doctrine = new HumanDevelopmentDoctrine(new HumanDevelopmentDoctrineParameters());
        static double Documented(string field) => OddDocument.Default($"doctrines.human_development.{field}");
        Assert.Equal(11000, View(world, 0).MedianIncomePerCapita, 9);
        for (var s = 0; s < 4; s++)
        {
            var view = View(world, s);
            var policy = doctrine.Decide(view);
            AssertValid(policy);
            Assert.Equal(Documented("protection"), policy.Protection);
            Assert.Equal(Documented("military"), policy.Military, 12);
            Assert.Equal(Documented("police"), policy.Police, 12);
            if (s < 2)
            {
                Assert.True(doctrine.IsDonor(view));
                Assert.Equal(0.007 * view.Output, policy.Aid * policy.TaxRate * view.Output, 6);
                Assert.Equal(1 - Documented("military") - Documented("police") - (0.007 / Documented("tax_rate")), policy.Welfare, 12);
            }
            else
            {
                Assert.False(doctrine.IsDonor(view));
                Assert.Equal(0, policy.Aid);
                Assert.Equal(1 - Documented("military") - Documented("police"), policy.Welfare, 12);
            }
        }
    }

    [Fact]
    public void A_donor_that_receives_aid_still_gives_seven_tenths_of_a_percent_of_output()
    {
        var world = Line(30000, 1000);
        world.States.AidReceived[0] = 1_000_000; // a share of aid sent to a state that died, say
        var view = View(world, 0);
        var policy = new HumanDevelopmentDoctrine(new HumanDevelopmentDoctrineParameters()).Decide(view);
        var revenue = (policy.TaxRate * view.Output) + view.AidReceived;
        Assert.Equal(0.007 * view.Output, policy.Aid * revenue, 6);
    }

    [Fact]
    public void The_donor_threshold_is_a_multiple_of_the_median()
    {
        var world = Line(30000, 20000, 10000);
        var strict = new HumanDevelopmentDoctrine(new HumanDevelopmentDoctrineParameters { DonorThreshold = 1.2 });
        Assert.True(strict.IsDonor(View(world, 0)));
        Assert.False(strict.IsDonor(View(world, 1)));
        Assert.Equal(0, strict.Decide(View(world, 1)).Aid);
        var lenient = new HumanDevelopmentDoctrine(new HumanDevelopmentDoctrineParameters { DonorThreshold = 0.5 });
        Assert.True(lenient.IsDonor(View(world, 2)));
    }

    private static readonly Gen<HumanDevelopmentDoctrineParameters> Parameters =
        from tax in Gen.Double[0, 1]
        from military in Gen.Double[0, 1]
        from police in Gen.Double[0, 1]
        from target in Gen.Double[0, 0.2]
        from threshold in Gen.Double[0, 3]
        from protection in Gen.Double[0, 1]
        select new HumanDevelopmentDoctrineParameters
        {
            TaxRate = tax,
            Military = military,
            Police = Math.Min(police, 1 - military),
            AidTarget = target,
            DonorThreshold = threshold,
            Protection = protection,
        };

    [Fact]
    public void Policies_are_valid_for_any_valid_parameters_and_only_donors_give_aid()
    {
        Gen.Select(Parameters, Gen.Double[0, 200000].Array[1, 6], Gen.Double[0, 1e9])
            .Sample((p, incomes, aidReceived) =>
            {
                var world = Line(incomes);
                var doctrine = new HumanDevelopmentDoctrine(p);
                var median = WorldStatistics.ComputeMedianIncomePerCapita(world);
                for (var s = 0; s < incomes.Length; s++)
                {
                    world.States.AidReceived[s] = (long)(aidReceived / 12);
                    var view = View(world, s);
                    var policy = doctrine.Decide(view);
                    AssertValid(policy);
                    Assert.Equal(p.TaxRate, policy.TaxRate);
                    Assert.Equal(p.Protection, policy.Protection, 12);
                    var donor = view.IncomePerCapita >= p.DonorThreshold * median;
                    Assert.Equal(donor, doctrine.IsDonor(view));
                    if (!donor)
                    {
                        Assert.Equal(0, policy.Aid);
                    }
                    else
                    {
                        // Aid is the target share of output, unless the military and police leave less room.
                        var revenue = (p.TaxRate * view.Output) + view.AidReceived;
                        var wanted = revenue > 0 ? p.AidTarget * view.Output / revenue : 0;
                        Assert.Equal(Math.Min(wanted, 1 - p.Military - p.Police), policy.Aid, 9);
                    }
                }
            }, iter: 1000);
    }

    [Fact]
    public void The_doctrine_is_in_the_catalog_and_its_parameters_bind_as_human_development_and_are_checked()
    {
        Assert.Contains(HumanDevelopmentDoctrine.DoctrineName, DoctrineCatalog.Names);
        Assert.IsType<HumanDevelopmentDoctrine>(DoctrineCatalog.Create("human-development", new DoctrineSettings()));
        var scenario = ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  assignments: { State 1: human-development }\n  human_development:\n    aid_target: 0.01\n    donor_threshold: 2\n", "x.yaml");
        Assert.Equal(0.01, scenario.Doctrines.HumanDevelopment.AidTarget);
        Assert.Equal(2, scenario.Doctrines.HumanDevelopment.DonorThreshold);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(
            "name: x\ndoctrines:\n  human_development:\n    military: 0.7\n    police: 0.6\n", "x.yaml"));
        var e = Assert.Single(error.Errors);
        Assert.StartsWith("doctrines.human_development", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_two_states_scenario_the_rich_state_gives_the_UN_target_and_the_poor_state_gives_nothing()
    {
        var simulation = new Simulation(ScenarioLoader.Load("two-states", ["years=3", "doctrines.default=human-development"]));
        var protection = simulation.Scenario.Doctrines.HumanDevelopment.Protection;
        var states = simulation.World.States;
        var aldor = Array.IndexOf(states.Name, "Aldor");
        var beren = 1 - aldor;
        var months = 0;
        simulation.Run(afterTick: sim =>
        {
            Assert.Equal(0, states.AidGiven[beren]);
            Assert.Equal(0, states.AidBudgetShare[beren]);
            Assert.True(states.AidReceived[beren] > 0, "the poor state draws on the pool");
            // The Budget runs right after the Policy phase on the same output; Aldor receives no aid, so its aid is
            // 0.7% of output, i.e. 0.007 / τ of its tax revenue, to the dollar (apportionment rounds).
            var expected = 0.007 * states.TaxRevenue[aldor] / states.TaxRate[aldor];
            Assert.InRange(states.AidGiven[aldor], expected - 2, expected + 2);
            Assert.Equal(protection, states.CivilianProtection[aldor]);
            Assert.Equal(states.Revenue(aldor), states.Spending(aldor));
            months++;
        });
        Assert.Equal(36, months);
    }

    [Fact]
    public void A_small_generated_world_runs_to_the_end_under_each_human_security_doctrine()
    {
        foreach (var doctrine in new[] { HumanSecurityDoctrine.DoctrineName, HumanDevelopmentDoctrine.DoctrineName })
        {
            var simulation = new Simulation(TestWorlds.Grid(width: 10, height: 8, states: 6, years: 2, extra: [$"doctrines.default={doctrine}"]));
            simulation.Run(afterTick: sim =>
            {
                var states = sim.World.States;
                for (var s = 0; s < states.Count; s++)
                {
                    if (states.Alive[s])
                    {
                        Assert.Equal(doctrine, states.Doctrine[s]);
                        Assert.Equal(1.0, states.MilitaryBudgetShare[s] + states.WelfareBudgetShare[s] + states.PoliceBudgetShare[s] + states.AidBudgetShare[s], 12);
                    }
                }
            });
            Assert.True(simulation.IsFinished, doctrine);
        }
    }
}
