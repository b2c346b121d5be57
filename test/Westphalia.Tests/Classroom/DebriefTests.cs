using System.Globalization;
using Westphalia.Classroom;
using Westphalia.Doctrines;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Classroom;

/// <summary>Two teams play three yearly turns of the default scenario, Red ordering the realist doctrine's budget and Blue the human-security doctrine's.</summary>
public class DebriefTests
{
    private const string Red = "State 1";
    private const string Blue = "State 2";

    /// <summary>The budget a doctrine would decide for a team's state now, as orders.</summary>
    private static Orders BudgetOf(Game game, string team, string doctrine)
    {
        var sim = game.Simulation;
        var slot = game.StateOf(team);
        var view = sim.Governments.View(slot, sim.Tick, sim.Scenario.StartYear + (sim.Tick / 12));
        var p = DoctrineCatalog.Create(doctrine, sim.Scenario.Doctrines).Decide(view).Normalised();
        return new Orders
        {
            Budget = new BudgetOrders
            {
                TaxRate = p.TaxRate, Military = p.Military, Welfare = p.Welfare, Police = p.Police, Aid = p.Aid,
                Protection = p.Protection, Sharing = p.Sharing, Peacekeeping = p.Peacekeeping,
            },
        };
    }

    private static Game Played()
    {
        var game = Game.Create("default", 5, [Red, Blue], 12, settings: ["years=3"]);
        for (var turn = 1; turn <= 3; turn++)
        {
            game.Submit(Red, BudgetOf(game, Red, RealistDoctrine.DoctrineName));
            if (turn < 3)
            {
                game.Submit(Blue, BudgetOf(game, Blue, HumanSecurityDoctrine.DoctrineName));
            }

            game.Resolve();
        }

        return game;
    }

    [Fact]
    public void A_team_that_orders_a_doctrines_budget_plays_that_doctrines_paradigm()
    {
        var debrief = Debrief.Of(Played());
        Assert.Equal(Game.BuiltInDoctrines, debrief.Doctrines);
        Assert.Contains(RealistDoctrine.DoctrineName, debrief.Doctrines);
        Assert.All(debrief.Teams.Where(t => t.Team == Red), t => Assert.Equal(RealistDoctrine.DoctrineName, t.Paradigm));
        Assert.Equal(RealistDoctrine.DoctrineName, debrief.ParadigmOf(Red));

        // Blue sent orders for two turns only: the third turn, under the computer policy, has no paradigm.
        var blue = debrief.Teams.Where(t => t.Team == Blue).ToList();
        Assert.Equal([HumanSecurityDoctrine.DoctrineName, HumanSecurityDoctrine.DoctrineName, null], blue.Select(t => t.Paradigm));
        Assert.False(blue[2].Orders);
        Assert.Null(blue[2].Distances);
        Assert.Equal(HumanSecurityDoctrine.DoctrineName, debrief.ParadigmOf(Blue));
    }

    [Fact]
    public void The_debrief_holds_the_state_table_values_and_the_class_means()
    {
        var game = Played();
        var debrief = Debrief.Of(game);
        var states = game.Simulation.World.States;
        Assert.Equal(6, debrief.Teams.Count);
        Assert.Equal([1, 1, 2, 2, 3, 3], debrief.Teams.Select(t => t.Turn));
        foreach (var row in debrief.Teams.Where(t => t.Turn == 3))
        {
            var s = game.StateOf(row.Team!);
            Assert.Equal(36, row.Tick);
            Assert.Equal(states.Alive[s], row.Alive);
            Assert.Equal(states.RegionCount[s], row.Regions);
            Assert.Equal(states.Population[s], row.Population);
            Assert.Equal(states.MilitaryCapability[s], row.MilitaryCapability);
            Assert.Equal(states.TaxRate[s], row.Budget.TaxRate);
            Assert.Equal(states.MilitaryBudgetShare[s], row.Budget.Military);
            Assert.Equal(states.IncomePerCapita(s), row.IncomePerCapita);
            Assert.Equal(states.CivilWar[s] >= 0, row.AtCivilWar);
            Assert.InRange(row.Scores.Index, 0.0001, 1);
            Assert.InRange(row.Scores.LifeExpectancy, 20, 100);
            Assert.True(row.ViolentDeaths >= 0);
        }

        // With yearly turns from January each turn closes the observation window: the scores are the states.csv ones.
        var window = game.Simulation.Window;
        var red = debrief.Teams.Last(t => t.Team == Red);
        Assert.Equal(window.StateScores(game.StateOf(Red)).Mean().Index, red.Scores.Index, 12);

        var computer = debrief.Class.Where(c => c.Group == Debrief.ComputerGroup).ToList();
        Assert.Equal(3, computer.Count);
        var initial = game.OutcomesOf(3);
        Assert.Equal(40, initial.Count);
        Assert.Equal(38, computer[2].States);
        var others = initial.Where(o => o.Team is null).Select(o => o.Id).ToList();
        Assert.Equal(others.Average(s => states.Alive[s] && states.Identity[s] == s ? states.RegionCount[s] : 0.0), computer[2].Regions, 9);
        var teams = debrief.Class.Single(c => c.Turn == 3 && c.Group == Debrief.TeamsGroup);
        Assert.Equal(debrief.Teams.Where(t => t.Turn == 3).Average(t => t.Scores.Index), teams.Hsi, 12);
    }

    [Fact]
    public void The_csv_has_a_header_and_one_row_per_team_and_turn_and_replay_rebuilds_it()
    {
        var game = Played();
        var csv = Debrief.Of(game).ToCsv();
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(7, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal(["team", "turn", "tick"], header[..3]);
        Assert.Contains("hsi", header);
        Assert.Contains("paradigm", header);
        Assert.Contains("distance_realist", header);
        var paradigm = Array.IndexOf(header, "paradigm");
        var hsi = Array.IndexOf(header, "hsi");
        Assert.All(lines.Skip(1), l => Assert.Equal(header.Length, l.Split(',').Length));
        Assert.Equal("realist", lines[1].Split(',')[paradigm]);
        Assert.Equal(Red, lines[1].Split(',')[0]);
        Assert.Equal(Debrief.Of(game).Teams[0].Scores.Index, double.Parse(lines[1].Split(',')[hsi], CultureInfo.InvariantCulture));

        var replayed = Game.Replay(GameJson.Deserialize(GameJson.Serialize(game.Events)));
        Assert.Equal(csv, Debrief.Of(replayed).ToCsv());
    }
}
