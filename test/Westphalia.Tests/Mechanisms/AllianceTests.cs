using Westphalia.Events;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

public class AllianceTests
{
    /// <summary>
    /// A (three regions) borders B (one region) and C (two regions); C borders A and B. A is strong enough to attack B
    /// alone at a superiority threshold of 2, but not B and C together.
    /// </summary>
    private static Scenario Triangle(bool allied, ulong seed, double superiority = 2, int years = 50) =>
        ScenarioLoader.LoadText($$"""
            name: triangle
            seed: {{seed}}
            years: {{years}}
            mechanisms: { domestic: false }
            parameters:
              interstate_war: { enabled: true, attack_probability: 0.05, superiority_threshold: {{superiority}} }
            world:
              regions:
                - { name: A0, owner: A, x: 0, y: 0, neighbours: [A1, A2] }
                - { name: A1, owner: A, x: 1, y: 0, neighbours: [A0, B0, C0] }
                - { name: A2, owner: A, x: 0, y: 1, neighbours: [A0, B0] }
                - { name: B0, owner: B, x: 1, y: 1, neighbours: [A1, A2, C0] }
                - { name: C0, owner: C, x: 2, y: 1, neighbours: [A1, B0, C1] }
                - { name: C1, owner: C, x: 3, y: 1, neighbours: [C0] }
              states:
                - { name: A, capital: A0 }
                - { name: B, capital: B0 }
                - { name: C, capital: C0 }
              alliances: [{{(allied ? "{ name: Pact, members: [B, C] }" : "")}}]
            """, "triangle.yaml");

    private static int AttacksOnB(Simulation sim) =>
        sim.Observer<EventLogObserver>().Events.Count(e => e.Type == "war_started" && e.State == 0 && (int)e.Value == 1);

    [Fact]
    public void Allies_join_wars()
    {
        // At a superiority threshold of 0.5 A attacks B whatever C does; C, allied with B and bordering A, must fight A.
        var sim = new Simulation(Triangle(allied: true, seed: 1, superiority: 0.5, years: 10));
        var joined = new List<AllyJoinedWar>();
        sim.Events.Subscribe<AllyJoinedWar>(joined.Add);
        sim.Run();
        Assert.Contains(joined, j => j.Ally == 2 && j.Aggressor == 0 && j.Victim == 1);
        var war = sim.War.Wars.Wars.First(w => w.MergedInto < 0 && w.Find(0) is not null && w.Find(1) is not null);
        var c = war.Find(2);
        Assert.NotNull(c);
        Assert.Equal(war.Find(1)!.Side, c.Side);
        Assert.NotEqual(war.Find(0)!.Side, c.Side);
    }

    [Fact]
    public void Allies_do_not_attack_each_other()
    {
        var sim = new Simulation(Triangle(allied: true, seed: 2, superiority: 0.5, years: 10));
        sim.Run();
        Assert.DoesNotContain(sim.Observer<EventLogObserver>().Events, e => e.Type == "war_started" && e.State is 1 or 2 && (int)e.Value is 1 or 2);
    }

    [Fact]
    public void Deterrence_the_same_state_is_attacked_less_often_when_its_alliance_is_stronger()
    {
        // Same seeds, same map: B alone against B allied with C. With C's forces counted at the battle site, A's
        // expected force ratio falls below the superiority threshold.
        int alone = 0, allied = 0;
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var a = new Simulation(Triangle(allied: false, seed));
            a.Run();
            alone += AttacksOnB(a);
            var b = new Simulation(Triangle(allied: true, seed));
            b.Run();
            allied += AttacksOnB(b);
        }

        Assert.True(alone > 0, "A never attacked B alone; the test world does not exercise deterrence");
        Assert.True(allied < alone, $"attacks on B: {allied} allied, {alone} alone");
    }

    [Fact]
    public void Balancing_states_ally_against_the_strongest_neighbour()
    {
        var yaml = """
            name: balance
            years: 2
            mechanisms: { domestic: false }
            parameters:
              interstate_war: { enabled: true, attack_probability: 0 }
              alliances: { formation: true }
            world:
              regions:
                - { name: A0, owner: A, x: 0, y: 0, neighbours: [A1, A2, A3] }
                - { name: A1, owner: A, x: 1, y: 0, neighbours: [A0, B0] }
                - { name: A2, owner: A, x: 0, y: 1, neighbours: [A0, C0] }
                - { name: A3, owner: A, x: 1, y: 1, neighbours: [A0, B0, C0] }
                - { name: B0, owner: B, x: 2, y: 0, neighbours: [A1, A3] }
                - { name: C0, owner: C, x: 1, y: 2, neighbours: [A2, A3] }
              states:
                - { name: A, capital: A0 }
                - { name: B, capital: B0 }
                - { name: C, capital: C0 }
            """;
        var sim = new Simulation(ScenarioLoader.LoadText(yaml, "balance.yaml"));
        sim.Run();
        var states = sim.World.States;
        Assert.True(states.Allied(1, 2), "B and C, both threatened by A, should ally");
        Assert.False(states.Allied(0, 1));
        Assert.Contains(sim.Observer<EventLogObserver>().Events, e => e.Type == "alliance_formed");

        var bandwagon = new Simulation(ScenarioLoader.LoadText(yaml.Replace("alliances: { formation: true }", "alliances: { formation: true, bandwagon: true }", StringComparison.Ordinal), "bandwagon.yaml"));
        bandwagon.Run();
        Assert.True(bandwagon.World.States.Allied(0, 1) && bandwagon.World.States.Allied(0, 2), "bandwagoning states join the threat");
    }

    [Theory]
    [InlineData(1947UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void In_the_cold_war_scenario_the_blocs_deter_each_other_and_arm(ulong seed)
    {
        // Bipolar deterrence: each bloc's collective defence keeps the other from attacking its members, so wars are
        // fought with non-aligned states; military spending in dollars grows over the period. Deterrence is strong, not
        // perfect: with private information about the balance (docs/ODD.md §7.4.4) a member can misjudge the other bloc,
        // and in this seed one of five wars is fought between the blocs (none was before private information).
        var sim = new Simulation(ScenarioLoader.Load("cold-war", [$"seed={seed}"]));
        sim.Run();
        var (blocs, wars) = Westphalia.Metrics.BlocReport.Build(sim.Observer<StatesObserver>().Table, sim.Observer<EventLogObserver>().Events, "war_started");
        Assert.Equal(2, blocs.Count);
        Assert.True(wars.BetweenBlocs < wars.NonAlignedInvolved, $"{wars.BetweenBlocs} wars between the blocs, {wars.NonAlignedInvolved} with non-aligned states");
        Assert.All(blocs, b => Assert.True(b.SpendingLast > b.SpendingFirst, $"{b.Leader}: {b.SpendingFirst} -> {b.SpendingLast}"));
    }

    [Fact]
    public void A_non_aligned_state_between_two_alliances_is_a_buffer_state()
    {
        var yaml = """
            name: buffer
            years: 1
            mechanisms: { domestic: false }
            parameters: { interstate_war: { enabled: true, attack_probability: 0 } }
            world:
              regions:
                - { name: W0, owner: West, x: 0, y: 0, neighbours: [W1, M0] }
                - { name: W1, owner: WestAlly, x: 0, y: 1, neighbours: [W0] }
                - { name: M0, owner: Middle, x: 1, y: 0, neighbours: [W0, E0] }
                - { name: E0, owner: East, x: 2, y: 0, neighbours: [M0, E1] }
                - { name: E1, owner: EastAlly, x: 2, y: 1, neighbours: [E0] }
              states:
                - { name: West, capital: W0 }
                - { name: WestAlly, capital: W1 }
                - { name: Middle, capital: M0 }
                - { name: East, capital: E0 }
                - { name: EastAlly, capital: E1 }
              alliances:
                - { name: Western, members: [West, WestAlly] }
                - { name: Eastern, members: [East, EastAlly] }
            """;
        var sim = new Simulation(ScenarioLoader.LoadText(yaml, "buffer.yaml"));
        sim.Step();
        Assert.Equal([false, false, true, false, false], sim.World.States.Buffer);
    }
}
