using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Observers;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

/// <summary>What a UN peacekeeping mission does to its host's civil-war hazard (docs/ODD.md §7.5.1, §7.17).</summary>
public class PeacekeepingTests
{
    private static CountryYear PostWarRow() =>
        new(2000, 0, "A", 5000, 2, 9, 2.5, false, false, true, false, 0.2, 0.5, 0.3, false, 0.5, 0.8, 0, true, false, false, 2, true);

    [Fact]
    public void Monitoring_takes_away_the_post_war_and_instability_terms_and_nothing_else()
    {
        var p = new CivilWarParameters();
        var row = PostWarRow();
        var bare = CivilWar.Hazard(p, row);
        var half = CivilWar.Hazard(p, row, 0.5);
        var full = CivilWar.Hazard(p, row, 1);
        Assert.True(full < half && half < bare, $"hazard {bare} unmonitored, {half} half, {full} fully monitored");

        // A full guarantee leaves the hazard of the same country with no war behind it and no instability.
        Assert.Equal(CivilWar.Hazard(p, row with { PostWar = 0, Instability = false }), full, 14);

        // Half of each term on the log-odds.
        var logit = Math.Log(half / (1 - half)) - Math.Log(bare / (1 - bare));
        Assert.Equal(-0.5 * ((p.PostWar * row.PostWar) + p.Instability), logit, 10);

        // A country with no war behind it and no instability gains nothing from a mission: poverty and size stay.
        var structural = row with { PostWar = 0, Instability = false };
        Assert.Equal(CivilWar.Hazard(p, structural), CivilWar.Hazard(p, structural, 1), 14);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.4)]
    [InlineData(0.0)]
    public void Missions_reach_their_hosts_and_monitor_as_the_parameter_says(double monitoring)
    {
        var scenario = ScenarioLoader.Load(ScenarioCatalog.DefaultName, ["seed=3", "years=40", $"parameters.united_nations.peacekeeping_monitoring={monitoring}"]);
        var simulation = new Simulation(scenario);
        simulation.Run(CancellationToken.None);
        var p = scenario.Parameters.CivilWar;
        var rows = simulation.Observer<CountryYearsObserver>().Rows.Where(r => r.AtRisk).ToList();
        var missions = rows.Where(r => r.Peacekeeping).ToList();
        Assert.NotEmpty(missions);
        foreach (var row in missions)
        {
            Assert.Equal(CivilWar.Hazard(p, row, monitoring), row.Hazard, 14);
        }

        foreach (var row in rows.Where(r => !r.Peacekeeping))
        {
            Assert.Equal(CivilWar.Hazard(p, row), row.Hazard, 14);
        }
    }
}
