using Westphalia.Mechanisms;
using Westphalia.Scenarios;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Scenarios;

/// <summary>
/// The importers of researchers' files (COW National Material Capabilities, COW Direct Contiguity, a CSV of state
/// attributes): small files in the real layouts change the initial world as documented, and bad files are refused with
/// the file, line, column and column name of each problem, through the library and the command line.
/// </summary>
public class ImportTests
{
    private const string NmcHeader = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n";

    private const string Nmc =
        NmcHeader
        + "USA,2,2015,596024000,1314,78916,2188114,321774,200000,0.14,2021\n"
        + "USA,2,2016,600106000,1301,78475,2178435,324459,201000,0.139,2021\n"
        + "CAN,20,2016,15156000,64,12646,389134,36290,29000,0.0074,2021\n"
        + "MEX,70,2016,-9,336,18837,268826,127540,95000,0.0153,2021\n"
        + "UKG,200,2016,48253000,150,7635,261578,65789,55000,0.0196,2021\n";

    private const string ContiguityHeader = "dyad,state1no,state1ab,state2no,state2ab,year,conttype,version\n";

    private const string Contiguity =
        ContiguityHeader
        + "2020,2,USA,20,CAN,2016,1,2017\n"
        + "20002,20,CAN,2,USA,2016,1,2017\n"
        + "2070,2,USA,70,MEX,2016,1,2017\n"
        + "70002,70,MEX,2,USA,2016,1,2017\n"
        + "20070,20,CAN,70,MEX,2016,3,2017\n"
        + "70020,70,MEX,20,CAN,2016,3,2017\n"
        + "2200,2,USA,200,UKG,2016,4,2017\n";

    /// <summary>
    /// Three states with real codes: Aldor (COW 2) borders Beren (COW 20); Caldor (COW 70) lies apart to the east, its
    /// nearest region C1 closest to Aldor's A2 and to Beren's B1.
    /// </summary>
    private static string Scenario(string imports) => $$"""
        name: imports
        start_year: 2016
        years: 2
        world:
          regions:
            - { name: A1, owner: Aldor, x: 0, y: 0, population: 4000000, income_per_capita: 30000, neighbours: [A2, B1] }
            - { name: A2, owner: Aldor, x: 1, y: 0, population: 1000000, income_per_capita: 10000, neighbours: [A1] }
            - { name: B1, owner: Beren, x: 0, y: 1, population: 2000000, income_per_capita: 5000, neighbours: [A1] }
            - { name: C1, owner: Caldor, x: 5, y: 0, population: 3000000, income_per_capita: 2000, neighbours: [C2] }
            - { name: C2, owner: Caldor, x: 9, y: 0, population: 1000000, income_per_capita: 2000, neighbours: [C1] }
          states:
            - { name: Aldor, capital: A1, cow_code: 2, iso3: USA }
            - { name: Beren, capital: B1, cow_code: 20, iso3: CAN }
            - { name: Caldor, capital: C1, cow_code: 70, iso3: MEX }
          imports:
        {{imports}}
        """;

    /// <summary>Writes the files into a fresh folder and the scenario beside them; returns the scenario's path.</summary>
    private static string Folder(string imports, params (string Name, string Text)[] files)
    {
        var folder = TestWorlds.TempFolder();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var scenario = Path.Combine(folder, "scenario.yaml");
        File.WriteAllText(scenario, Scenario(imports));
        return scenario;
    }

    private static Westphalia.World Build(string scenarioPath) => WorldFactory.Create(ScenarioLoader.LoadFile(scenarioPath));

    private static int State(Westphalia.World world, string name) => Array.IndexOf(world.States.Name, name);

    private static int Region(Westphalia.World world, string name) => Array.IndexOf(world.Regions.Name, name);

    private static string Refused(string scenarioPath)
    {
        var scenario = ScenarioLoader.LoadFile(scenarioPath);
        var e = Assert.Throws<ScenarioException>(() => WorldFactory.Create(scenario));
        return e.Message;
    }

    private static string In(string scenarioPath, string file) => Path.Combine(Path.GetDirectoryName(scenarioPath)!, file);

    [Fact]
    public void Nmc_sets_population_and_the_forces_at_the_start_for_the_chosen_year()
    {
        var path = Folder("    - { nmc: data/nmc.csv, year: 2016 }", ("data/nmc.csv", Nmc));
        var scenario = ScenarioLoader.LoadFile(path);
        var simulation = new Simulation(scenario);
        var world = simulation.World;
        var (aldor, beren, caldor) = (State(world, "Aldor"), State(world, "Beren"), State(world, "Caldor"));

        // tpop is in thousands: 324,459 thousand people, shared 4:1 as the regions were.
        Assert.Equal(324_459_000, world.States.Population[aldor]);
        Assert.Equal(259_567_200, world.Regions.Population[Region(world, "A1")]);
        Assert.Equal(64_891_800, world.Regions.Population[Region(world, "A2")]);
        Assert.Equal(36_290_000, world.States.Population[beren]);
        Assert.Equal(127_540_000, world.States.Population[caldor]);

        // milex is in thousands of dollars; Caldor's −9 leaves its forces to its budget.
        Assert.Equal(600_106_000_000.0, world.States.StartingMilitarySpending[aldor]);
        Assert.Equal(15_156_000_000.0, world.States.StartingMilitarySpending[beren]);
        Assert.Equal(-1, world.States.StartingMilitarySpending[caldor]);
        var capability = new MilitaryCapability(world, scenario.Parameters.Military);
        Assert.Equal(capability.SteadyState(600_106_000_000.0), world.States.MilitaryCapability[aldor], 6);
        Assert.Equal(capability.SteadyState(12.0 * world.States.MilitarySpending[caldor]), world.States.MilitaryCapability[caldor], 6);
    }

    [Fact]
    public void Population_keeps_incomes_and_is_exact_to_the_person()
    {
        var path = Folder("    - { attributes: states.csv }", ("states.csv", "name,population\nAldor,1000001\nCaldor,7\n"));
        var world = Build(path);
        Assert.Equal(1_000_001, world.States.Population[State(world, "Aldor")]);
        Assert.Equal(800_001, world.Regions.Population[Region(world, "A1")]);
        Assert.Equal(200_000, world.Regions.Population[Region(world, "A2")]);
        Assert.Equal(7, world.Regions.Population[Region(world, "C1")] + world.Regions.Population[Region(world, "C2")]);
        Assert.Equal(30_000, world.Regions.IncomePerCapita[Region(world, "A1")]);
    }

    [Fact]
    public void Income_per_capita_sets_output_and_keeps_the_regions_apart()
    {
        var path = Folder("    - { attributes: states.csv }", ("states.csv", "iso3,income_per_capita,military_spending\nusa,52000,\nMEX,,1000000\n"));
        var scenario = ScenarioLoader.LoadFile(path);
        var world = WorldFactory.Create(scenario);
        var aldor = State(world, "Aldor");
        var (a1, a2) = (Region(world, "A1"), Region(world, "A2"));

        // Aldor's 5 million people now produce 52,000 dollars a head; A1 stays three times as rich as A2.
        Assert.Equal(5_000_000 * 52_000.0, world.States.Output[aldor], 3);
        Assert.Equal(3.0, world.Regions.IncomePerCapita[a1] / world.Regions.IncomePerCapita[a2], 12);
        Assert.Equal(world.Regions.IncomePerCapita[a1] / scenario.Parameters.Economy.FrontierIncome, world.Regions.Productivity[a1], 12);
        Assert.Equal(-1, world.States.StartingMilitarySpending[aldor]);
        Assert.Equal(1_000_000.0, world.States.StartingMilitarySpending[State(world, "Caldor")]);
        Assert.Equal(2000, world.Regions.IncomePerCapita[Region(world, "C1")]);
    }

    [Fact]
    public void Later_imports_override_earlier_ones()
    {
        var path = Folder(
            "    - { nmc: nmc.csv, year: 2016 }\n    - { attributes: states.csv }",
            ("nmc.csv", Nmc),
            ("states.csv", "cow_code,population,military_spending\n2,300000000,\n"));
        var world = Build(path);
        var aldor = State(world, "Aldor");
        Assert.Equal(300_000_000, world.States.Population[aldor]);
        Assert.Equal(600_106_000_000.0, world.States.StartingMilitarySpending[aldor]);
    }

    [Fact]
    public void Contiguity_joins_the_closest_regions_of_states_not_yet_neighbours()
    {
        var path = Folder("    - { contiguity: contdird.csv, year: 2016 }", ("contdird.csv", Contiguity));
        var world = Build(path);
        var (a1, a2, b1, c1) = (Region(world, "A1"), Region(world, "A2"), Region(world, "B1"), Region(world, "C1"));
        Assert.Contains(c1, world.Adjacency.Of(a2).ToArray());
        Assert.Contains(a2, world.Adjacency.Of(c1).ToArray());

        // Aldor and Beren already bordered: nothing added. Beren–Caldor is across water (type 3), beyond max_type 1.
        Assert.Equal([a2, b1], world.Adjacency.Of(a1).ToArray());
        Assert.Equal([a1], world.Adjacency.Of(b1).ToArray());
        Assert.Equal(2 * 4, world.Adjacency.Neighbours.Length);
    }

    [Fact]
    public void Contiguity_across_water_counts_up_to_max_type()
    {
        var path = Folder("    - { contiguity: contdird.csv, year: 2016, max_type: 3 }", ("contdird.csv", Contiguity));
        var world = Build(path);
        Assert.Contains(Region(world, "C1"), world.Adjacency.Of(Region(world, "B1")).ToArray());
    }

    [Fact]
    public void Contiguity_reads_the_dyads_with_dates_too()
    {
        var intervals = "dyad,statelno,statelab,statehno,statehab,conttype,begin,end,version\n"
            + "2070,2,USA,70,MEX,1,184802,201612,2017\n"
            + "20070,20,CAN,70,MEX,3,199001,199912,2017\n";
        var path = Folder("    - { contiguity: contdir.csv, year: 2016, max_type: 5 }", ("contdir.csv", intervals));
        var world = Build(path);
        Assert.Contains(Region(world, "C1"), world.Adjacency.Of(Region(world, "A2")).ToArray());
        Assert.DoesNotContain(Region(world, "C1"), world.Adjacency.Of(Region(world, "B1")).ToArray());
    }

    [Fact]
    public void The_year_defaults_to_the_start_year_and_paths_are_written_in_full()
    {
        var path = Folder("    - { nmc: nmc.csv }", ("nmc.csv", Nmc));
        var scenario = ScenarioLoader.LoadFile(path);
        Assert.Equal(In(path, "nmc.csv"), scenario.World.Imports[0].Nmc);
        Assert.Equal(324_459_000, WorldFactory.Create(scenario).States.Population[0]);
        var again = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(scenario), "copy");
        Assert.Equal(ScenarioWriter.Hash(scenario), ScenarioWriter.Hash(again));
    }

    [Fact]
    public void A_missing_file_is_refused_when_the_scenario_is_loaded()
    {
        var path = Folder("    - { nmc: nowhere.csv, year: 2016 }");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.Equal($"{path}:16:14: world.imports[0].nmc: no such file: {In(path, "nowhere.csv")}", e.Message);
    }

    [Fact]
    public void An_import_naming_two_files_or_a_year_out_of_range_is_refused()
    {
        var path = Folder("    - { nmc: a.csv, attributes: a.csv }\n    - { nmc: a.csv, year: 1500 }", ("a.csv", Nmc));
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.Contains("world.imports[0].attributes: an import names one file; this one names nmc and attributes", e.Message, StringComparison.Ordinal);
        Assert.Contains("world.imports[1].year: 1500 is out of range; allowed: 1816 to 9999", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_refused_on_line_1_with_the_columns_found()
    {
        var path = Folder("    - { nmc: nmc.csv, year: 2016 }", ("nmc.csv", "stateabb,ccode,year,milper\nUSA,2,2016,1301\n"));
        var file = In(path, "nmc.csv");
        Assert.Equal(
            $"{file}:1:1: milex: missing column 'milex'; the file's columns are: stateabb, ccode, year, milper{Environment.NewLine}"
            + $"{file}:1:1: tpop: missing column 'tpop'; the file's columns are: stateabb, ccode, year, milper",
            Refused(path));
    }

    [Fact]
    public void Bad_values_are_refused_each_with_its_line_and_column()
    {
        var nmc = NmcHeader
            + "USA,2,2016,lots,1301,78475,2178435,324459,201000,0.139,2021\n"
            + "CAN,20,2016,15156000,64,12646,389134,-36290,29000,0.0074,2021\n"
            + "MEX,70,2016,NaN,336,18837,268826,127540,95000,0.0153,2021\n"
            + "MEX,70,2016,1,336,18837,268826,127540,95000,0.0153,2021\n"
            + "UKG,200,20x6,48253000,150,7635,261578,65789,55000,0.0196,2021\n";
        var path = Folder("    - { nmc: nmc.csv, year: 2016 }", ("nmc.csv", nmc));
        var file = In(path, "nmc.csv");
        Assert.Equal(
            string.Join(Environment.NewLine,
                $"{file}:2:4: milex: 'lots' is not a number",
                $"{file}:3:8: tpop: '-36290' is negative; a population is 0 or more people",
                $"{file}:4:4: milex: 'NaN' is not a number",
                $"{file}:5:2: ccode: a second row for COW code 70 in 2016; the first is on line 4",
                $"{file}:6:3: year: '20x6' is not a year"),
            Refused(path));
    }

    [Fact]
    public void A_year_without_rows_is_refused_naming_the_file_and_the_year()
    {
        var path = Folder("    - { nmc: nmc.csv, year: 1990 }", ("nmc.csv", Nmc));
        Assert.Equal($"{In(path, "nmc.csv")}: year: no row for the year 1990; its rows are of 2015 to 2016", Refused(path));
        var contiguity = Folder("    - { contiguity: c.csv, year: 2020 }", ("c.csv", Contiguity));
        Assert.Equal($"{In(contiguity, "c.csv")}: year: no row for the year 2020; its rows are of 2016 to 2016", Refused(contiguity));
    }

    [Fact]
    public void An_unknown_state_in_an_attributes_file_is_refused()
    {
        var path = Folder("    - { attributes: states.csv }", ("states.csv", "cow_code,population\n2,1000\n999,5\nxx,6\n2,7\n"));
        var file = In(path, "states.csv");
        Assert.Equal(
            string.Join(Environment.NewLine,
                $"{file}:3:1: cow_code: no state of the world has the COW code '999'; the world's are: 2, 20, 70",
                $"{file}:4:1: cow_code: 'xx' is not a COW country code (a whole number)",
                $"{file}:5:1: cow_code: a second row for Aldor; the first is on line 2"),
            Refused(path));
    }

    [Fact]
    public void An_attributes_file_needs_one_key_and_spelt_figures()
    {
        var noKey = Folder("    - { attributes: s.csv }", ("s.csv", "country,population\nAldor,5\n"));
        Assert.Equal($"{In(noKey, "s.csv")}:1:1: cow_code: missing key column: the file needs one of cow_code, iso3 or name; the file's columns are: country, population", Refused(noKey));
        var twoKeys = Folder("    - { attributes: s.csv }", ("s.csv", "name,iso3,population\nAldor,USA,5\n"));
        Assert.Equal($"{In(twoKeys, "s.csv")}:1:2: iso3: the file has 2 key columns (name, iso3); give one of cow_code, iso3 or name", Refused(twoKeys));
        var typo = Folder("    - { attributes: s.csv }", ("s.csv", "name,populaton,income_per_capita\nAldor,5,1000\n"));
        Assert.Equal($"{In(typo, "s.csv")}:1:2: populaton: unknown column 'populaton'; did you mean 'population'? Figures are: population, income_per_capita, military_spending", Refused(typo));
        var outOfRange = Folder("    - { attributes: s.csv }", ("s.csv", "name,income_per_capita,military_spending\nAldor,0.5,-3\n"));
        Assert.Equal(
            $"{In(outOfRange, "s.csv")}:2:2: income_per_capita: '0.5' is out of range; an income per capita is from 1 to 10,000,000 US dollars a year{Environment.NewLine}"
            + $"{In(outOfRange, "s.csv")}:2:3: military_spending: '-3' is negative; military spending is 0 or more US dollars a year",
            Refused(outOfRange));
    }

    [Fact]
    public void A_row_of_another_width_and_an_endless_record_are_refused()
    {
        var path = Folder("    - { attributes: s.csv }", ("s.csv", "name,population\nAldor\n"));
        Assert.Equal($"{In(path, "s.csv")}:2:1: the row has 1 cells where the header has 2 (name, population)", Refused(path));
        var endless = Folder("    - { attributes: s.csv }", ("s.csv", "name,population\nAldor,\"" + new string('9', 70_000) + "\n"));
        Assert.Equal($"{In(endless, "s.csv")}:2:1: a record longer than 65,536 characters; is this a CSV file?", Refused(endless));
    }

    [Fact]
    public void A_bad_later_file_refuses_the_world_with_only_its_own_problem()
    {
        var path = Folder("    - { attributes: good.csv }\n    - { attributes: bad.csv }", ("good.csv", "name,population\nAldor,5\n"), ("bad.csv", "name,population\nNowhere,5\n"));
        var scenario = ScenarioLoader.LoadFile(path);
        var e = Assert.Throws<ScenarioException>(() => WorldFactory.Create(scenario));
        Assert.Single(e.Errors);
        Assert.StartsWith($"{In(path, "bad.csv")}:2:1: name: no state of the world has the name 'Nowhere'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_validates_and_refuses_bad_files_with_exit_code_2()
    {
        var good = Folder("    - { nmc: nmc.csv, year: 2016 }\n    - { contiguity: c.csv, year: 2016 }", ("nmc.csv", Nmc), ("c.csv", Contiguity));
        var valid = CliHarness.Run("scenario", "validate", good);
        Assert.True(valid.Code == 0, valid.Err);
        Assert.Contains("valid (imports, 2 years, 2 files imported)", valid.Out.ReplaceLineEndings(""), StringComparison.Ordinal);

        var bad = Folder("    - { nmc: nmc.csv, year: 2016 }", ("nmc.csv", NmcHeader + "USA,2,2016,lots,1301,78475,2178435,324459,201000,0.139,2021\n"));
        var expected = $"error: {In(bad, "nmc.csv")}:2:4: milex: 'lots' is not a number";
        var output = Path.Combine(Path.GetDirectoryName(bad)!, "run");
        foreach (var result in new[] { CliHarness.Run("scenario", "validate", bad), CliHarness.Run("run", bad, "--out", output, "--quiet") })
        {
            Assert.Equal(2, result.Code);
            Assert.Contains(expected, result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void The_example_scenario_imports_its_illustrative_files()
    {
        var world = Build(Path.Combine(Repository(), "examples", "imports", "north-america.yaml"));
        var (usa, cuba) = (State(world, "United States"), State(world, "Cuba"));
        Assert.Equal(324_500_000, world.States.Population[usa]);
        Assert.Equal(57_000.0, world.States.Output[usa] / world.States.Population[usa], 6);
        Assert.Equal(100_000_000.0, world.States.StartingMilitarySpending[cuba]);
        Assert.Contains(Region(world, "British Columbia"), world.Adjacency.Of(Region(world, "Pacific Northwest")).ToArray());
        Assert.DoesNotContain(Region(world, "Cuba"), world.Adjacency.Of(Region(world, "Florida")).ToArray());
    }

    private static string Repository([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
