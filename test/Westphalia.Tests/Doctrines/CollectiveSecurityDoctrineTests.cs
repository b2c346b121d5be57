using Westphalia.Observers;
using Westphalia.Governments;
using Westphalia.Doctrines;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Doctrines;

public class CollectiveSecurityDoctrineTests
{
    [Fact]
    public void The_doctrine_pledges_forces_to_the_un_shares_everything_and_protects_civilians()
    {
        // The policy docs/ODD.md §7.1 documents for the doctrine, read from its table of defaults: (τ, m, 1 − m − p − a, p, a)
        // with protection ψ, sharing σ and the pledge κ to the UN.
        var documented = OddDocument.TableAfter("**The collective-security doctrine**")
            .ToDictionary(row => row[0].Trim('`'), row => double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.0, documented["sharing"]);
        Assert.True(documented["peacekeeping"] > 0, "forces pledged to the UN");
        var sim = new Simulation(TestWorlds.Grid(12, 10, states: 4, years: 1, extra: ["doctrines.default=collective-security"]));
        sim.Run();
        var states = sim.World.States;
        for (var s = 0; s < 4; s++)
        {
            Assert.Equal("collective-security", states.Doctrine[s]);
            Assert.Equal(documented["sharing"], states.InformationSharing[s]);
            Assert.Equal(documented["peacekeeping"], states.PeacekeepingShare[s], 12);
            Assert.Equal(documented["protection"], states.CivilianProtection[s], 12);
            Assert.Equal(documented["tax_rate"], states.TaxRate[s], 12);
            Assert.Equal(documented["military"], states.MilitaryBudgetShare[s], 12);
            Assert.Equal(documented["police"], states.PoliceBudgetShare[s], 12);
            Assert.Equal(documented["aid"], states.AidBudgetShare[s], 12);
            var shares = states.MilitaryBudgetShare[s] + states.WelfareBudgetShare[s] + states.PoliceBudgetShare[s] + states.AidBudgetShare[s];
            Assert.Equal(1.0, shares, 12);
        }
    }

    [Fact]
    public void In_the_council_it_votes_for_every_measure_unless_it_is_the_target_or_protects_an_ally()
    {
        var government = DoctrineCatalog.Create(CollectiveSecurityDoctrine.DoctrineName, new DoctrineSettings());
        foreach (var measure in Enum.GetValues<UnMeasure>())
        {
            Assert.Equal(UnVote.Yes, government.Vote(default, new CouncilDraft(measure, 3, IsTarget: false, Allied: false, Rival: false, Signal: 0)));
            // A call to co-operate against terrorism is not a measure against the state where the attack happened.
            var expected = measure == UnMeasure.CounterTerrorism ? UnVote.Yes : UnVote.No;
            Assert.Equal(expected, government.Vote(default, new CouncilDraft(measure, 3, IsTarget: true, Allied: false, Rival: false, Signal: 0)));
        }
    }

    [Fact]
    public void Bad_shares_are_refused_with_the_field()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("default", ["doctrines.collective_security.military=0.9", "doctrines.collective_security.police=0.3"]));
        Assert.Contains(error.Errors, e => e.Path.StartsWith("doctrines.collective_security", StringComparison.Ordinal));
    }

    [Fact]
    public void Collective_security_states_decide_on_war_by_the_odds_and_are_not_barred_from_it()
    {
        // No rule keeps a collective-security state from fighting: in a world of them alone, wars start.
        var collective = new Simulation(ScenarioLoader.Load("cusack-stoll", ["years=25", "doctrines.default=collective-security"]));
        collective.Run();
        Assert.Contains(collective.Observer<EventLogObserver>().Events, e => e.Type == "war_started");
    }

    [Fact]
    public void Standing_by_victims_deters_attacks_in_the_attackers_odds()
    {
        // The same realist world with and without every state standing by victims of aggression: the coalition's forces
        // count in a would-be attacker's force ratio, so fewer wars are started (deterrence), over the same seeds.
        int Started(bool standsBy) => new[] { 1, 2, 3 }.Sum(seed =>
        {
            var sim = new Simulation(ScenarioLoader.Load("cusack-stoll", ["years=20", $"seed={seed}", $"doctrines.realist.stands_by_victims={(standsBy ? "true" : "false")}"]));
            sim.Run();
            return sim.Observer<EventLogObserver>().Events.Count(e => e.Type == "war_started");
        });

        var alone = Started(false);
        var together = Started(true);
        Assert.True(together * 2 < alone, $"wars started: {alone} when each state stands alone, {together} when neighbours stand by victims");
    }
}
