using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

public class CrisisTests
{
    private static Simulation Run(params string[] overrides)
    {
        var sim = new Simulation(ScenarioLoader.Load("geosim-2003", [
            "world.generator.width=16", "world.generator.height=16", "world.generator.states=12", "seed=5", "years=20",
            "parameters.interstate_war.attack_probability=0.2", "parameters.interstate_war.superiority_threshold=1.5",
            "parameters.interstate_war.victory_threshold=1.5", .. overrides]));
        sim.Run();
        return sim;
    }

    private static int Count(Simulation sim, string type) => sim.Observer<EventLogObserver>().Events.Count(e => e.Type == type);

    [Fact]
    public void Crises_can_end_short_of_war()
    {
        var sim = Run("parameters.interstate_war.crises=true");
        var crises = Count(sim, "crisis");
        Assert.True(crises > 0);
        Assert.True(Count(sim, "crisis_backed_down") + Count(sim, "crisis_conceded") > 0, "no crisis ended short of war");
        Assert.Equal(crises, Count(sim, "crisis_backed_down") + Count(sim, "crisis_conceded") + Count(sim, "crisis_escalated"));

        // Without crises every decision to attack is war; with them only the escalated ones are.
        var direct = Run();
        Assert.Equal(0, Count(direct, "crisis"));
        Assert.True(Count(sim, "crisis_escalated") < crises);
    }

    [Fact]
    public void A_conceded_province_changes_hands_without_a_battle()
    {
        var sim = new Simulation(ScenarioLoader.Load("geosim-2003", [
            "world.generator.width=16", "world.generator.height=16", "world.generator.states=12", "seed=5", "years=20",
            "parameters.interstate_war.attack_probability=0.2", "parameters.interstate_war.superiority_threshold=1.5",
            "parameters.interstate_war.victory_threshold=1.5", "parameters.interstate_war.crises=true",
            "parameters.interstate_war.concession_ratio=1.5"]));
        var events = sim.Observer<EventLogObserver>().Events;
        while (!sim.IsFinished && !events.Any(e => e.Type == "crisis_conceded"))
        {
            sim.Step();
        }

        var conceded = events.First(e => e.Type == "crisis_conceded");
        var (target, challenger, region) = (conceded.State, (int)conceded.Value, conceded.Region);

        // The region now belongs to the challenger, and no battle was fought between the two in that tick.
        Assert.Equal(challenger, sim.World.Regions.Owner[region]);
        Assert.DoesNotContain(sim.War.Wars.Wars, w => w.LastBattleTick == conceded.Tick && w.Find(target) is not null && w.Find(challenger) is not null);
    }

    [Fact]
    public void Wars_can_end_in_settlement_or_capitulation()
    {
        var settled = Run("parameters.interstate_war.settlement_probability=0.5");
        Assert.True(Count(settled, "war_settled") > 0);

        var capitulated = Run("parameters.interstate_war.capitulation_share=0.95");
        Assert.True(Count(capitulated, "war_capitulation") > 0);
    }
}
