using Westphalia.Observers;
using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Governments;

/// <summary>
/// Every decision a state takes goes through its government: replace the governments and the mechanisms do what the
/// new ones decide, and no mechanism knows which doctrine a state follows.
/// </summary>
public class GovernmentTests
{
    /// <summary>A 20×16 world of 16 states where wars, crises, alliances, the Council and treaties all happen within 20 years.</summary>
    private static Scenario Busy(params string[] extra) => TestWorlds.Grid(20, 16, states: 16, seed: 9, years: 20, extra:
    [
        "parameters.interstate_war.attack_probability=0.3", "parameters.interstate_war.superiority_threshold=1",
        // States that capitulate yield a province, not their whole state, so the busy world keeps enough states for
        // the Council to sit with drafts to adopt over twenty years.
        "parameters.treaties.negotiation=1", "parameters.interstate_war.surrender_annexes=false", .. extra,
    ]);

    private static Simulation Run(Scenario scenario, Func<IGovernment, IGovernment>? replace = null)
    {
        var sim = new Simulation(scenario);
        for (var s = 0; replace is not null && s < sim.Governments.Count; s++)
        {
            sim.Governments.Replace(s, replace(sim.Governments[s]));
        }

        sim.Run();
        return sim;
    }

    private static int Count(Simulation sim, string type) => sim.Observer<EventLogObserver>().Events.Count(e => e.Type == type);

    [Fact]
    public void Governments_that_never_attack_start_no_war_and_open_no_crisis()
    {
        var scenario = Busy();
        Assert.True(Count(Run(scenario), "war_started") > 0, "the busy world has wars under its doctrines");
        var peaceful = Run(scenario, g => new OverriddenGovernment(g) { Attack = () => false });
        Assert.Equal(0, Count(peaceful, "war_started"));
        Assert.Equal(0, Count(peaceful, "crisis"));
    }

    [Fact]
    public void Targets_whose_governments_always_yield_end_every_crisis_in_concession()
    {
        var sim = Run(Busy(), g => new OverriddenGovernment(g) { Concede = () => true });
        Assert.True(Count(sim, "crisis") > 0);
        Assert.Equal(Count(sim, "crisis"), Count(sim, "crisis_conceded"));
    }

    [Fact]
    public void The_council_adopts_what_its_members_governments_vote_for()
    {
        var scenario = Busy();
        Assert.True(Count(Run(scenario), "un_resolution") > 0);
        var refusing = Run(scenario, g => new OverriddenGovernment(g) { Vote = () => UnVote.No });
        Assert.True(Count(refusing, "un_draft") > 0);
        Assert.Equal(0, Count(refusing, "un_resolution"));
        Assert.All(refusing.Observer<EventLogObserver>().Events.Where(e => e.Type == "un_vote"), e => Assert.Equal(-1, e.Value));
    }

    [Fact]
    public void A_treaty_needs_both_governments_to_sign()
    {
        var scenario = Busy();
        Assert.True(Count(Run(scenario), "treaty_signed") > 0);
        Assert.Equal(0, Count(Run(scenario, g => new OverriddenGovernment(g) { Signs = () => false }), "treaty_signed"));
    }

    [Fact]
    public void A_government_that_stays_alone_joins_no_alliance()
    {
        var scenario = Busy("parameters.alliances.formation=true");
        Assert.True(Count(Run(scenario), "alliance_joined") > 0);
        Assert.Equal(0, Count(Run(scenario, g => new OverriddenGovernment(g) { Ally = () => -1 }), "alliance_joined"));
    }

    [Fact]
    public void Major_powers_arm_the_side_their_governments_choose()
    {
        // The cold-war world, where patrons arm sides in civil wars under the doctrines' rule.
        var scenario = ScenarioLoader.Load("cold-war", ["years=30"]);
        Assert.True(Count(Run(scenario), "proxy_support") > 0);
        Assert.Equal(0, Count(Run(scenario, g => new OverriddenGovernment(g) { Arms = () => ProxySide.None }), "proxy_support"));
        var rebelsOnly = Run(scenario, g => new OverriddenGovernment(g) { Arms = () => ProxySide.Rebels });
        Assert.All(rebelsOnly.CivilWar.Conflicts, c => Assert.Equal(-1, c.GovernmentPatron));
        Assert.Contains(rebelsOnly.CivilWar.Conflicts, c => c.RebelPatron >= 0);
    }

    [Fact]
    public void The_outputs_name_the_government_in_charge()
    {
        var sim = new Simulation(TestWorlds.Grid(years: 1));
        sim.Governments.Replace(2, new OverriddenGovernment(sim.Governments[2]));
        Assert.Equal("balanced", sim.World.States.Doctrine[2]);
        sim.Governments.Replace(2, Westphalia.Doctrines.DoctrineCatalog.Create("realist", sim.Scenario.Doctrines));
        sim.Run();
        var states = sim.Observer<StatesObserver>().Table;
        var rows = Enumerable.Range(0, states.RowCount).Where(r => states["state_id"].Ints[r] == 2);
        Assert.All(rows, r => Assert.Equal("realist", states["doctrine"].Texts[r]));
    }

    [Fact]
    public void The_doctrines_rules_beyond_the_budget_are_parameters()
    {
        // A realist told to sign every treaty and never cheat does, in a world of realists.
        var scenario = Busy("doctrines.default=realist", "doctrines.realist.treaty_willingness=1", "doctrines.realist.treaty_defection=0");
        var sim = Run(scenario);
        Assert.True(Count(sim, "treaty_signed") > Count(Run(Busy("doctrines.default=realist")), "treaty_signed"));
        Assert.Equal(0, Count(sim, "treaty_broken"));

        // Collective-security states decide on war by the odds, as others do; told never to start one, they do not.
        var free = Run(Busy("doctrines.default=collective-security", "parameters.united_nations.enabled=false"));
        Assert.True(Count(free, "war_started") > 0);
        var restrained = Run(Busy("doctrines.default=collective-security", "parameters.united_nations.enabled=false", "doctrines.collective_security.initiates_wars=false"));
        Assert.Equal(0, Count(restrained, "war_started"));
    }

    [Fact]
    public void A_state_born_in_a_dead_states_slot_gets_a_new_government_of_the_doctrine_it_broke_away_from()
    {
        // No spare slots (no civil-war secession, conquest annexes): a new state must take a dead state's slot.
        var sim = new Simulation(TestWorlds.Grid(years: 1, extra: ["parameters.civil_war.enabled=false", "doctrines.assignments.State 4=realist"]));
        var states = sim.World.States;
        Assert.Equal(states.Count, states.Identity.Count(i => i >= 0));
        var dead = sim.Governments[3];
        Assert.Equal("realist", dead.Name);
        states.Alive[3] = false;
        states.DeathTick[3] = 0;
        var province = states.RegionsOf(0).ToArray().First(r => r != states.Capital[0]);

        var slot = sim.World.FoundState(province, 1, "New State", parent: 0);

        Assert.Equal(3, slot);
        Assert.Equal(states.Count, states.Identity[slot]);
        Assert.NotSame(dead, sim.Governments[slot]);
        Assert.Equal("balanced", sim.Governments[slot].Name);
        Assert.Equal("balanced", states.Doctrine[slot]);
    }

    [Fact]
    public void States_born_in_a_run_follow_the_doctrine_of_the_state_they_broke_away_from()
    {
        // GeoSim's fragmentation in a mixed world: every province of a fallen state becomes a state. Half the states
        // are realist, half balanced; 60 years of geosim-2003 see about fifteen states born.
        var scenario = ScenarioLoader.Load("geosim-2003", [
            "years=60", "parameters.interstate_war.capital_fall=fragment",
            .. Enumerable.Range(1, 100).Select(i => $"doctrines.assignments.State {(2 * i) - 1}=realist")]);
        var sim = new Simulation(scenario);
        var parents = new Dictionary<int, string>();
        sim.Run(afterTick: s =>
        {
            // Record the doctrine of each new state's parent as it was when the state was born.
            for (var k = 0; k < s.World.States.Count; k++)
            {
                if (s.World.States.FoundedTick[k] == s.Tick - 1 && s.World.States.FoundedFrom[k] >= 0)
                {
                    parents[k] = s.World.States.Doctrine[s.World.States.FoundedFrom[k]];
                }
            }
        });
        Assert.True(parents.Count > 5, $"{parents.Count} states born");
        Assert.Contains(parents.Values, d => d == "realist");
        Assert.Contains(parents.Values, d => d == "balanced");
        Assert.All(parents, p => Assert.Equal(p.Value, sim.World.States.Doctrine[p.Key]));
    }

    [Fact]
    public void No_mechanism_reads_a_doctrine()
    {
        // The mechanisms resolve what governments decide; which doctrine a government follows is the government's business.
        var folder = Path.Combine(SourceRoot(), "src", "Westphalia", "Mechanisms");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains(".Doctrine[", StringComparison.Ordinal), $"{Path.GetFileName(file)} reads a state's doctrine");
            Assert.False(text.Contains("DoctrineName", StringComparison.Ordinal), $"{Path.GetFileName(file)} names a doctrine");
        }
    }

    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
