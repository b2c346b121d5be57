using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

/// <summary>
/// Why wars begin and how they end beyond GeoSim (docs/ODD.md §7.4.4–7.4.6): private information about the balance of
/// forces, preventive war, the surrender of a collapsed state whole, and the conquest of a whole state not kept under
/// the Security Council's enforcement.
/// </summary>
public class WarDecisionTests
{
    /// <summary>GeoSim's rules (attack at a 3:1 local superiority), unprovoked attacks considered often, on small worlds.</summary>
    private static Simulation Run(ulong seed, params string[] overrides)
    {
        var sim = new Simulation(ScenarioLoader.Load("geosim-2003", [
            "world.generator.width=16", "world.generator.height=16", "world.generator.states=12", $"seed={seed}", "years=20",
            "parameters.interstate_war.attack_probability=0.2", "parameters.interstate_war.shock_size=0", .. overrides]));
        sim.Run();
        return sim;
    }

    private static int Count(Simulation sim, string type) => sim.Observer<EventLogObserver>().Events.Count(e => e.Type == type);

    /// <summary>Two states of two regions each, mirror images, at GeoSim's thresholds (attack at 3:1); the UN off.</summary>
    private static Simulation Twins(int years, string extra) =>
        new(ScenarioLoader.LoadText($$"""
            name: twins
            years: {{years}}
            mechanisms: { domestic: false }
            parameters: { united_nations: { enabled: false }, interstate_war: { enabled: true, attack_probability: 1, shock_size: 0{{extra}} } }
            world:
              regions:
                - { name: A0, owner: A, x: 0, y: 0, neighbours: [A1] }
                - { name: A1, owner: A, x: 1, y: 0, neighbours: [A0, B1] }
                - { name: B1, owner: B, x: 2, y: 0, neighbours: [A1, B0] }
                - { name: B0, owner: B, x: 3, y: 0, neighbours: [B1] }
              states:
                - { name: A, capital: A0 }
                - { name: B, capital: B0 }
            """, "twins.yaml"));

    [Fact]
    public void Private_information_lets_states_at_parity_go_to_war()
    {
        // Mirror images see a force ratio of exactly 1 and, knowing it, never attack (3:1 is needed). Reading the balance
        // with an error of s.d. 0.5 in the log, each now and then believes it holds that edge, and wars start.
        var exact = Twins(20, "");
        exact.Run();
        Assert.Equal(0, Count(exact, "war_started"));

        var optimistic = Twins(20, ", misperception: 0.5");
        optimistic.Run();
        Assert.True(Count(optimistic, "war_started") > 0, "no war between twins with private information");
    }

    [Fact]
    public void A_state_losing_ground_attacks_before_the_shift()
    {
        // B's resources are cut to half of what its provinces yield: B will recover (it is rising against A), and A's
        // true local edge is about 2:1, short of the 3:1 at which it attacks. Weighing today's balance by the shift of
        // power (about 2), A attacks within the year; without preventive war it does not.
        int FirstYearWars(string extra)
        {
            var sim = Twins(1, extra);
            sim.World.States.WarResources[1] /= 2;
            sim.Run();
            return Count(sim, "war_started");
        }

        Assert.Equal(0, FirstYearWars(""));
        Assert.True(FirstYearWars(", preventive_war: true") > 0, "the declining state did not attack");
    }

    [Fact]
    public void A_state_whose_army_collapses_surrenders_whole()
    {
        // Lanchester losses deplete forces, so a state worn down below the capitulation share gives up. Surrendering
        // whole, it dies in the tick it capitulates; yielding one province at a time, it does not die of capitulating.
        string[] rules = ["parameters.interstate_war.battles=lanchester", "parameters.interstate_war.capitulation_share=0.9",
            "parameters.interstate_war.misperception=0.5", "parameters.interstate_war.capital_fall=annex"];
        var whole = Run(7, [.. rules, "parameters.interstate_war.surrender_annexes=true"]);
        var events = whole.Observer<EventLogObserver>().Events;
        var capitulations = events.Where(e => e.Type == "war_capitulation").ToList();
        Assert.NotEmpty(capitulations);
        var died = capitulations.Count(c => events.Any(d => d.Type == "state_died" && d.State == c.State && d.Tick == c.Tick));
        Assert.True(died > 0 && died >= capitulations.Count / 2, $"{died} of {capitulations.Count} capitulating states died at once");

        var piecemeal = Run(7, rules);
        var piecemealEvents = piecemeal.Observer<EventLogObserver>().Events;
        var piecemealDied = piecemealEvents.Where(e => e.Type == "war_capitulation")
            .Count(c => piecemealEvents.Any(d => d.Type == "state_died" && d.State == c.State && d.Tick == c.Tick && d.Region != c.Region));
        Assert.Equal(0, piecemealDied);
    }

    [Fact]
    public void The_conquest_of_a_whole_state_is_not_kept_against_Council_enforcement()
    {
        // The world of Capital_capture_ends_the_state, where Big takes Small's capital within months. With collective
        // enforcement in force against Big, Big still attacks and wins battles, but the conquest that would end Small is
        // void: Small lives.
        var yaml = """
            name: capital
            years: 5
            mechanisms: { domestic: false }
            parameters: { united_nations: { enabled: false }, interstate_war: { enabled: true, attack_probability: 1, superiority_threshold: 1.5, victory_threshold: 1.5 } }
            world:
              regions:
                - { name: A0, owner: Big, x: 0, y: 0, neighbours: [A1, A2] }
                - { name: A1, owner: Big, x: 1, y: 0, neighbours: [A0, S] }
                - { name: A2, owner: Big, x: 0, y: 1, neighbours: [A0, S] }
                - { name: S, owner: Small, x: 1, y: 1, neighbours: [A1, A2] }
              states:
                - { name: Big, capital: A0 }
                - { name: Small, capital: S }
            """;
        var enforced = new Simulation(ScenarioLoader.LoadText(yaml, "capital.yaml"));
        enforced.World.Measures.Enforcement[0] = 1; // a coalition of one dollar: enforcement in force, no force to speak of
        enforced.Run();
        Assert.True(enforced.World.States.Alive[1]);
        Assert.Equal(1, enforced.World.Regions.Owner[3]);
        Assert.True(Count(enforced, "war_started") > 0, "Big never attacked");

        var free = new Simulation(ScenarioLoader.LoadText(yaml, "capital.yaml"));
        free.Run();
        Assert.False(free.World.States.Alive[1]);
    }
}
