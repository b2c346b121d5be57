using System.Globalization;
using System.Text.RegularExpressions;
using Westphalia.Scenarios;
using Westphalia.Scenarios.RealWorld;

namespace Westphalia.Tests.Scenarios;

public partial class WorldScenarioTests
{
    private static readonly Lazy<(Scenario Scenario, Westphalia.World World)> Built = new(() =>
    {
        var scenario = ScenarioLoader.Load("world");
        return (scenario, WorldFactory.Create(scenario));
    });

    private static Westphalia.World Map => Built.Value.World;

    private static int State(string iso3) => Array.IndexOf(Map.States.Iso3, iso3);

    private static bool Borders(string a, string b)
    {
        var (sa, sb) = (State(a), State(b));
        var regions = Map.Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            if (regions.Owner[r] != sa)
            {
                continue;
            }

            foreach (var n in Map.Adjacency.Of(r))
            {
                if (regions.Owner[n] == sb)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [Fact]
    public void France_borders_Spain_and_Germany_but_not_Poland()
    {
        Assert.True(Borders("FRA", "ESP"));
        Assert.True(Borders("FRA", "DEU"));
        Assert.True(Borders("DEU", "POL"));
        Assert.False(Borders("FRA", "POL"));
    }

    [Fact]
    public void Bolivia_is_landlocked_and_Peru_is_not()
    {
        // On the grid: every cell next to a Bolivian cell is land held by a state; Peru has cells next to the sea.
        var land = WorldDataSet.Load("world").Cells.Select(c => c.PrioGrid).ToHashSet();
        bool Coastal(string iso3) => Enumerable.Range(0, Map.Regions.Count)
            .Where(r => Map.Regions.Owner[r] == State(iso3))
            .Any(r => Around(Map.Regions.PrioGrid[r]).Any(g => !land.Contains(g)));
        Assert.False(Coastal("BOL"));
        Assert.True(Coastal("PER"));
        Assert.True(WorldDataSet.Load("world").States[State("BOL")].Landlocked);
    }

    private static IEnumerable<int> Around(int gid)
    {
        var row = (gid - 1) / WorldCell.Columns;
        var column = (gid - 1) % WorldCell.Columns;
        foreach (var (dr, dc) in new[] { (0, 1), (0, -1), (1, 0), (-1, 0) })
        {
            var r = row + dr;
            if (r is >= 0 and < WorldCell.Rows)
            {
                yield return (r * WorldCell.Columns) + ((column + dc + WorldCell.Columns) % WorldCell.Columns) + 1;
            }
        }
    }

    [Fact]
    public void The_permanent_members_are_China_France_Russia_the_United_Kingdom_and_the_United_States()
    {
        var named = Enumerable.Range(0, Map.States.Count).Where(s => Map.States.PermanentSeat[s]).Select(s => Map.States.Name[s]).Order(StringComparer.Ordinal);
        Assert.Equal(["China", "France", "Russia", "United Kingdom", "United States"], named);

        // And the Council seats them when it first sits, though others may be stronger by the model's capability index.
        var simulation = new Simulation(ScenarioLoader.Load("world", ["years=1"]), threads: 1);
        simulation.Run(CancellationToken.None);
        var seated = Enumerable.Range(0, simulation.World.States.Count).Where(s => simulation.UnitedNations.Permanent[s]).Select(s => simulation.World.States.Iso3[s]).Order(StringComparer.Ordinal);
        Assert.Equal(["CHN", "FRA", "GBR", "RUS", "USA"], seated);
    }

    [Fact]
    public void The_world_population_is_within_five_percent_of_the_source_package_total()
    {
        // The total the generator found in country-json, dependencies included (data/world/SOURCES.md).
        var sources = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "world", "SOURCES.md"));
        var match = PackageTotal().Match(sources);
        Assert.True(match.Success, "SOURCES.md states the package total");
        var total = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var people = Map.Regions.Population.Sum();
        Assert.InRange(people, total * 0.95, total * 1.05);
    }

    [Fact]
    public void Every_sovereign_state_of_the_source_has_at_least_one_region_and_its_codes()
    {
        // The generator's code table lists every state world-countries marks independent.
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "world", "cow-gw-codes.csv")).Skip(1).ToList();
        Assert.Equal(194, lines.Count);
        var held = Map.Regions.Owner.Take(Map.Regions.Count).ToHashSet();
        foreach (var line in lines)
        {
            var iso3 = line.Split(',')[0];
            var s = State(iso3);
            Assert.True(s >= 0, $"{iso3} is a state of the world scenario");
            Assert.Contains(s, held);
        }

        Assert.Equal(lines.Count, Map.States.Iso3.Count(c => c.Length > 0));
    }

    [Theory]
    [InlineData("USA", 2, "USA", 2)]
    [InlineData("GBR", 200, "UKG", 200)]
    [InlineData("DEU", 255, "GMY", 260)]
    [InlineData("RUS", 365, "RUS", 365)]
    [InlineData("CHN", 710, "CHN", 710)]
    [InlineData("BOL", 145, "BOL", 145)]
    public void States_carry_their_real_codes(string iso3, int cow, string abbreviation, int gw)
    {
        var s = State(iso3);
        Assert.Equal(cow, Map.States.CowCode[s]);
        Assert.Equal(abbreviation, Map.States.CowAbbreviation[s]);
        Assert.Equal(gw, Map.States.GwCode[s]);
    }

    [Fact]
    public void A_state_smaller_than_a_cell_gets_a_region_beside_its_neighbour()
    {
        foreach (var (small, around) in new[] { ("VAT", "ITA"), ("MCO", "FRA"), ("SMR", "ITA"), ("LIE", "CHE") })
        {
            var regions = Enumerable.Range(0, Map.Regions.Count).Where(r => Map.Regions.Owner[r] == State(small)).ToList();
            Assert.Single(regions);
            Assert.True(Borders(small, around), $"{small} borders {around}");
            Assert.Equal(Map.States.Capital[State(small)], regions[0]);
        }
    }

    [Fact]
    public void Institutions_and_alliances_are_the_sourced_ones()
    {
        var states = Map.States;
        Assert.False(states.InterpolMember[State("PRK")]);
        Assert.True(states.InterpolMember[State("KOR")]);
        Assert.False(states.UnMember[State("VAT")]);
        Assert.Equal(193, states.UnMember.Take(194).Count(m => m));
        Assert.Equal(states.Alliance[State("USA")], states.Alliance[State("GBR")]);
        Assert.Equal(states.Alliance[State("USA")], states.Alliance[State("JPN")]);
        Assert.Equal(states.Alliance[State("RUS")], states.Alliance[State("ARM")]);
        Assert.NotEqual(states.Alliance[State("USA")], states.Alliance[State("RUS")]);
        Assert.NotEqual(states.Alliance[State("CHN")], states.Alliance[State("RUS")]);
        Assert.Equal(-1, states.Alliance[State("IND")]);
    }

    [Fact]
    public void Regions_lie_in_their_PRIO_GRID_cells()
    {
        // Paris (48.86 N, 2.35 E) is in a French cell; its PRIO-GRID id follows the v2 numbering.
        var gid = (WorldCell.RowOf(48.86) * WorldCell.Columns) + WorldCell.ColumnOf(2.35) + 1;
        Assert.Equal(199_805, gid);
        Assert.Contains(Enumerable.Range(0, Map.Regions.Count), r => Map.Regions.PrioGrid[r] == gid && Map.Regions.Owner[r] == State("FRA"));
        Assert.Equal(48.75, WorldCell.LatitudeOf(gid));
        Assert.Equal(2.25, WorldCell.LongitudeOf(gid));
    }

    [Fact]
    public void Researchers_figures_replace_the_estimates_by_COW_code()
    {
        var folder = TestWorlds.TempFolder();
        File.WriteAllText(Path.Combine(folder, "nmc.csv"), "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nFRN,220,2016,55745000,204,15000,10,66000,-9,0.0115,6\nBOL,145,2016,-9,34,0,1,10888,-9,0.0005,6\n");
        File.WriteAllText(Path.Combine(folder, "world.yaml"), "name: world-imported\nyears: 1\nworld:\n  data: world\n  imports:\n    - { nmc: nmc.csv, year: 2016 }\n");
        var world = WorldFactory.Create(ScenarioLoader.Load(Path.Combine(folder, "world.yaml")));
        long People(string iso3) => Enumerable.Range(0, world.Regions.Count).Where(r => world.Regions.Owner[r] == Array.IndexOf(world.States.Iso3, iso3)).Sum(r => world.Regions.Population[r]);
        Assert.Equal(66_000_000, People("FRA"));
        Assert.Equal(10_888_000, People("BOL"));
        Assert.Equal(55_745_000_000.0, world.States.StartingMilitarySpending[Array.IndexOf(world.States.Iso3, "FRA")]);
        Assert.Equal(People("ESP"), Map.Regions.Population.Where((_, r) => Map.Regions.Owner[r] == State("ESP")).Sum());
    }

    [GeneratedRegex(@"dependencies included: (\d+)\)")]
    private static partial Regex PackageTotal();
}
