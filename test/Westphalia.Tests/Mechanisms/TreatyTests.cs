using Westphalia.Observers;
using Westphalia.Doctrines;

namespace Westphalia.Tests.Mechanisms;

/// <summary>Cooperative security: arms-control treaties, their verification and their effects (docs/ODD.md).</summary>
public class TreatyTests
{
    private static Simulation World(params string[] extra) =>
        new(TestWorlds.Grid(12, 10, states: 6, seed: 3, years: 12,
            extra: ["parameters.interstate_war.enabled=false", "parameters.alliances.formation=false", "doctrines.default=collective-security",
                "parameters.treaties.negotiation=1", .. extra]));

    [Fact]
    public void Willing_rival_neighbours_sign_and_a_kept_treaty_cuts_the_reaction_to_the_partner()
    {
        var sim = World("doctrines.collective_security.treaty_defection=0");
        sim.Step();
        var treaties = sim.World.Treaties;
        Assert.NotEmpty(treaties.InForce);
        var t = treaties.InForce[0];
        Assert.True(StateGraph.Of(sim.World).Neighbours(t.First).Contains(t.Second));
        var view = new StateView(sim.World, t.First, 1, 2000);
        Assert.Equal(0.5, view.ReactionTo(t.Second), 12);
        var stranger = Enumerable.Range(0, sim.World.States.Count).First(s => s != t.First && !treaties.Binds(t.First, s));
        Assert.Equal(1.0, view.ReactionTo(stranger));
    }

    [Fact]
    public void A_realist_keeping_a_treaty_arms_less_against_its_partner()
    {
        var sim = World("doctrines.collective_security.treaty_defection=0");
        for (var t = 0; t < 13; t++)
        {
            sim.Step();
        }

        var treaty = sim.World.Treaties.InForce[0];
        var states = sim.World.States;

        // Only the partner arms: the rival level is its burden, halved while the treaty is kept.
        foreach (var j in StateGraph.Of(sim.World).Neighbours(treaty.First))
        {
            states.MilitarySpending[j] = j == treaty.Second ? 1_000_000_000 : 0;
        }

        var view = new StateView(sim.World, treaty.First, 13, 2001);
        var kept = RealistDoctrine.RivalMilitarySpending(view);
        sim.World.Treaties.End(treaty);
        var without = RealistDoctrine.RivalMilitarySpending(view);
        Assert.True(without > 0);
        Assert.Equal(0.5 * without, kept, 6);
    }

    [Fact]
    public void Detected_cheating_ends_the_treaty_and_distrust_keeps_the_pair_apart()
    {
        // Everyone cheats at once and inspection always catches it: every treaty signed in the first January ends in the
        // second, and no pair signs again for the ten years of distrust.
        var sim = World("doctrines.collective_security.treaty_defection=1", "parameters.treaties.verification=1");
        sim.Step();
        var first = sim.World.Treaties.InForce.Select(t => (t.First, t.Second)).ToList();
        Assert.NotEmpty(first);
        for (var t = 1; t < 12 * 11; t++)
        {
            sim.Step();
            if (t == 12)
            {
                Assert.Empty(sim.World.Treaties.InForce);
            }
        }

        var events = sim.Observer<EventLogObserver>().Events;
        Assert.Equal(first.Count, events.Count(e => e.Type == "treaty_broken"));
        Assert.True(events.Where(e => e.Type == "treaty_signed").All(e => e.Tick == 0 || e.Tick >= 12 + 120), "no pair signs again during the distrust");
    }

    [Fact]
    public void Undetected_cheating_keeps_the_treaty_but_the_cheat_no_longer_holds_back()
    {
        var sim = World("doctrines.collective_security.treaty_defection=1", "parameters.treaties.verification=0");
        for (var t = 0; t < 13; t++)
        {
            sim.Step();
        }

        var treaty = Assert.IsType<Treaty>(sim.World.Treaties.InForce[0]);
        Assert.True(treaty.FirstDefects && treaty.SecondDefects);
        Assert.True(sim.World.Treaties.Binds(treaty.First, treaty.Second));
        Assert.False(sim.World.Treaties.Keeps(treaty.First, treaty.Second));
        Assert.Equal(1.0, new StateView(sim.World, treaty.First, 13, 2001).ReactionTo(treaty.Second));
    }

    [Fact]
    public void Treaties_resume_exactly_from_a_checkpoint()
    {
        var scenario = TestWorlds.Grid(12, 10, states: 6, seed: 3, years: 6, extra: ["doctrines.default=collective-security", "parameters.treaties.negotiation=0.5"]);
        var straight = new Simulation(scenario);
        straight.Run();
        var resumed = TestWorlds.RestoredAfter(scenario, 30);
        resumed.Run();
        Assert.Equal(straight.Observer<EventLogObserver>().Events, resumed.Observer<EventLogObserver>().Events);
        Assert.Equal(straight.World.Treaties.InForce.Select(t => (t.First, t.Second, t.FirstDefects, t.SecondDefects)),
            resumed.World.Treaties.InForce.Select(t => (t.First, t.Second, t.FirstDefects, t.SecondDefects)));
    }

    [Fact]
    public void Confidence_building_measures_stop_crises_between_the_parties_from_escalating()
    {
        // Every pair of neighbours signs at the first January and keeps its treaty; with the escalation cut at 1 no
        // crisis between parties escalates, where without treaties some do. Borders move as provinces are won, so
        // states that were not neighbours in January can meet, and fight, before they sign: only crises between
        // parties to a treaty in force are checked.
        string[] world =
        [
            "parameters.alliances.formation=false", "parameters.civil_war.enabled=false", "parameters.united_nations.enabled=false",
            "parameters.interstate_war.attack_probability=0.3", "parameters.interstate_war.superiority_threshold=1",
            "parameters.treaties.negotiation=1", "doctrines.balanced.treaty_willingness=1", "doctrines.balanced.treaty_defection=0",
            "parameters.treaties.escalation_cut=1",
        ];
        var with = new Simulation(TestWorlds.Grid(20, 16, states: 16, seed: 9, years: 20, extra: world));
        var without = new Simulation(TestWorlds.Grid(20, 16, states: 16, seed: 9, years: 20, extra: [.. world, "parameters.treaties.enabled=false"]));
        with.Run();
        without.Run();
        Assert.Contains(without.Observer<EventLogObserver>().Events, e => e.Type == "crisis_escalated");
        var events = with.Observer<EventLogObserver>().Events;
        static (int, int) Pair(Westphalia.Events.SimulationEvent e) => (Math.Min(e.State, (int)e.Value), Math.Max(e.State, (int)e.Value));

        // A pair are parties from the tick their treaty is signed until it lapses or is broken.
        bool BetweenParties(Westphalia.Events.SimulationEvent e) => events
            .Where(t => t.Type == "treaty_signed" && t.Tick <= e.Tick && Pair(t) == Pair(e))
            .Any(t => !events.Any(x => x.Type is "treaty_lapsed" or "treaty_broken" && Pair(x) == Pair(e) && x.Tick >= t.Tick && x.Tick <= e.Tick));
        Assert.Contains(events, e => e.Type == "crisis" && BetweenParties(e));
        Assert.DoesNotContain(events, e => e.Type == "crisis_escalated" && BetweenParties(e));
    }
}
