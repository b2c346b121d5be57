using System.Globalization;
using Westphalia.Metrics;
using Westphalia.Observers;
using Westphalia.Reports;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Metrics;

/// <summary>
/// The war and violence files read as a researcher's script written for the field's datasets reads them: by the column
/// names, in the order and with the types the codebooks publish (COW Inter-State War Data v4.0, MIDB 5.0, UCDP GED 23.1,
/// UCDP/PRIO ACD 23.1), with COW's threshold of 1,000 battle deaths between wars and disputes, real codes where the world
/// has them, and COW's −9 or a null (never a made-up value) where it does not.
/// </summary>
public class FieldFormatTests
{
    private static readonly string[] CowWarColumns =
    [
        "WarNum", "WarName", "WarType", "ccode", "StateName", "Side", "StartMonth1", "StartDay1", "StartYear1", "EndMonth1", "EndDay1",
        "EndYear1", "StartMonth2", "StartDay2", "StartYear2", "EndMonth2", "EndDay2", "EndYear2", "TransFrom", "WhereFought",
        "Initiator", "Outcome", "TransTo", "BatDeath", "Version",
    ];

    private static readonly string[] MidColumns =
    [
        "dispnum", "stabb", "ccode", "stday", "stmon", "styear", "endday", "endmon", "endyear", "sidea", "revstate", "revtype1",
        "revtype2", "fatality", "fatalpre", "hiact", "hostlev", "orig", "version",
    ];

    private static readonly string[] GedColumns =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name",
        "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id",
        "side_b", "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original",
        "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
        "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
    ];

    private static readonly string[] AcdColumns =
    [
        "conflict_id", "location", "side_a", "side_a_id", "side_a_2nd", "side_b", "side_b_id", "side_b_2nd", "incompatibility",
        "territory_name", "year", "intensity_level", "type_of_conflict", "start_date", "start_prec", "start_date2", "start_prec2",
        "ep_end", "ep_end_date", "ep_end_prec", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc", "region", "version",
    ];

    /// <summary>Real states of Europe and the Middle East with their COW and Gleditsch–Ward codes (as in the COW state list and Gleditsch &amp; Ward).</summary>
    private static readonly (string Name, int Cow, int Gw, string Iso3)[] RealStates =
    [
        ("United Kingdom", 200, 200, "GBR"), ("Ireland", 205, 205, "IRL"), ("Netherlands", 210, 210, "NLD"), ("Belgium", 211, 211, "BEL"),
        ("Luxembourg", 212, 212, "LUX"), ("France", 220, 220, "FRA"), ("Switzerland", 225, 225, "CHE"), ("Spain", 230, 230, "ESP"),
        ("Portugal", 235, 235, "PRT"), ("Germany", 255, 260, "DEU"), ("Poland", 290, 290, "POL"), ("Austria", 305, 305, "AUT"),
        ("Hungary", 310, 310, "HUN"), ("Czech Republic", 316, 316, "CZE"), ("Italy", 325, 325, "ITA"), ("Greece", 350, 350, "GRC"),
        ("Egypt", 651, 651, "EGY"), ("Syria", 652, 652, "SYR"), ("Jordan", 663, 663, "JOR"), ("Israel", 666, 666, "ISR"),
    ];

    private const string ExplicitWorld = """
        name: real-codes
        seed: 3
        start_year: 2000
        years: 25
        world:
          regions:
            - { name: Paris, owner: France, x: 0, y: 0, population: 9000000, income_per_capita: 3000, neighbours: [Lyon, Berlin] }
            - { name: Lyon, owner: France, x: 0, y: 1, population: 5000000, income_per_capita: 2000, neighbours: [Paris, Munich] }
            - { name: Berlin, owner: Germany, x: 1, y: 0, population: 9000000, income_per_capita: 3000, neighbours: [Paris, Munich, Cairo] }
            - { name: Munich, owner: Germany, x: 1, y: 1, population: 5000000, income_per_capita: 2000, neighbours: [Lyon, Berlin, Alexandria] }
            - { name: Cairo, owner: Egypt, x: 2, y: 0, population: 9000000, income_per_capita: 1500, neighbours: [Berlin, Alexandria, Jerusalem] }
            - { name: Alexandria, owner: Egypt, x: 2, y: 1, population: 5000000, income_per_capita: 1000, neighbours: [Munich, Cairo, Haifa] }
            - { name: Jerusalem, owner: Israel, x: 3, y: 0, population: 9000000, income_per_capita: 3000, neighbours: [Cairo, Haifa] }
            - { name: Haifa, owner: Israel, x: 3, y: 1, population: 5000000, income_per_capita: 2000, neighbours: [Alexandria, Jerusalem] }
          states:
            - { name: France, capital: Paris, cow_code: 220, gw_code: 220, iso3: FRA }
            - { name: Germany, capital: Berlin, cow_code: 255, gw_code: 260, iso3: DEU }
            - { name: Egypt, capital: Cairo, cow_code: 651, gw_code: 651, iso3: EGY }
            - { name: Israel, capital: Jerusalem, cow_code: 666, gw_code: 666, iso3: ISR }
        """;

    private static readonly string[] Warlike =
    [
        "parameters.interstate_war.attack_probability=0.2", "parameters.interstate_war.superiority_threshold=1.5",
        "parameters.united_nations.enabled=false", "parameters.treaties.enabled=false", "parameters.interstate_war.misperception=0",
    ];

    /// <summary>A short run of an explicit world whose states give their codes in the scenario.</summary>
    private static readonly Lazy<(Simulation Simulation, string Folder)> ExplicitRun = new(() =>
    {
        var simulation = new Simulation(ScenarioLoader.LoadText(ExplicitWorld, "real-codes.yaml", ["years=1"]));
        return (simulation, Write(simulation));
    });

    /// <summary>
    /// A warlike world (twenty states on 30×20 hexagons for thirty years, the world of <c>BattleDeathsAgreementTests</c>)
    /// given the codes of twenty real states, and its regions PRIO-GRID cells in Europe (rows 270–289, columns 360–389:
    /// latitudes 45–55° N, longitudes 0–15° E).
    /// </summary>
    private static readonly Lazy<string> RealRun = new(() =>
    {
        var simulation = new Simulation(TestWorlds.Grid(30, 20, states: 20, seed: 1, years: 30, extra: [.. Warlike]));
        var states = simulation.World.States;
        for (var s = 0; s < RealStates.Length; s++)
        {
            (states.Name[s], states.CowCode[s], states.GwCode[s], states.Iso3[s]) = RealStates[s];
        }

        var regions = simulation.World.Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            regions.PrioGrid[r] = ((270 + (r / 30)) * 720) + 360 + (r % 30) + 1;
        }

        return Write(simulation);
    });

    private static readonly Lazy<string> SyntheticRun = new(() =>
        Write(new Simulation(TestWorlds.Grid(30, 20, states: 20, seed: 1, years: 30, extra: [.. Warlike]))));

    [Fact]
    public void An_explicit_world_carries_the_codes_its_states_give()
    {
        var states = ExplicitRun.Value.Simulation.World.States;
        Assert.Equal([220, 255, 651, 666], states.CowCode[..4]);
        Assert.Equal([220, 260, 651, 666], states.GwCode[..4]);
        Assert.Equal(["FRA", "DEU", "EGY", "ISR"], states.Iso3[..4]);
    }

    [Fact]
    public void The_files_have_exactly_the_columns_of_the_codebooks_in_their_order()
    {
        foreach (var folder in new[] { ExplicitRun.Value.Folder, RealRun.Value, SyntheticRun.Value })
        {
            Assert.Equal(CowWarColumns, Read(folder, "wars.csv").Header);
            Assert.Equal([.. MidColumns, "statename"], Read(folder, "disputes.csv").Header);
            Assert.Equal(GedColumns, Read(folder, "ged.csv").Header);
            Assert.Equal(AcdColumns, Read(folder, "conflicts.csv").Header);
        }
    }

    [Fact]
    public void Every_war_has_1000_battle_deaths_or_more_and_every_dispute_fewer()
    {
        foreach (var folder in new[] { RealRun.Value, SyntheticRun.Value })
        {
            var wars = Read(folder, "wars.csv");
            var byWar = Ints(wars, "WarNum").Zip(Longs(wars, "BatDeath")).GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.Sum(p => p.Second));
            Assert.All(byWar, w => Assert.True(w.Value >= 1000, $"war {w.Key}: {w.Value} battle deaths"));
            Assert.All(Longs(wars, "BatDeath"), d => Assert.True(d >= 0));
            var disputes = Read(folder, "disputes.csv");
            var byDispute = Ints(disputes, "dispnum").Zip(Longs(disputes, "fatalpre")).GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.Sum(p => p.Second));
            Assert.All(byDispute, d => Assert.True(d.Value < 1000, $"dispute {d.Key}: {d.Value} battle deaths"));
            Assert.Empty(byWar.Keys.Intersect(byDispute.Keys));
            Assert.All(Ints(disputes, "fatality").Zip(Longs(disputes, "fatalpre")), p => Assert.Equal(FieldCodes.FatalityLevel(p.Second), p.First));
            Assert.All(Ints(disputes, "hostlev"), h => Assert.Equal(4, h));
            Assert.All(Ints(wars, "Version"), v => Assert.Equal(4, v));
            Assert.All(Ints(wars, "WarType"), v => Assert.Equal(1, v));
            Assert.All(Ints(wars, "Side"), v => Assert.Contains(v, new[] { 1, 2 }));
            Assert.All(Ints(wars, "Initiator"), v => Assert.Contains(v, new[] { 1, 2 }));
            Assert.All(Ints(wars, "Outcome"), v => Assert.Contains(v, new[] { 1, 2, 3, 5 }));
            Assert.All(Ints(wars, "StartDay1"), v => Assert.Equal(-9, v));
            Assert.All(Ints(wars, "StartYear2"), v => Assert.Equal(-8, v));
            Assert.All(Ints(wars, "StartMonth1"), v => Assert.InRange(v, 1, 12));
        }

        // The synthetic run has interstate fighting on both sides of the threshold.
        Assert.True(Read(SyntheticRun.Value, "wars.csv").Count > 0);
        Assert.True(Read(SyntheticRun.Value, "disputes.csv").Count > 0);
    }

    [Fact]
    public void A_world_of_real_states_writes_their_codes_cells_coordinates_and_regions()
    {
        var folder = RealRun.Value;
        var wars = Read(folder, "wars.csv");
        var disputes = Read(folder, "disputes.csv");
        Assert.True(wars.Count + disputes.Count > 0, "the real-codes run has no interstate fighting");
        var cow = RealStates.ToDictionary(s => s.Name, s => s.Cow);
        foreach (var (table, code, name) in new[] { (wars, "ccode", "StateName"), (disputes, "ccode", "statename") })
        {
            Assert.All(Ints(table, code).Zip(table.Texts(name)), p => Assert.Equal(cow.TryGetValue(p.Second, out var c) ? c : -9, p.First));
        }

        // The states are in Europe (2) or the Middle East (6): COW's codes for them and their combination (11).
        Assert.All(Ints(wars, "WhereFought"), w => Assert.Contains(w, new[] { 2, 6, 11 }));

        var ged = Read(folder, "ged.csv");
        Assert.True(ged.Count > 0);
        var gw = RealStates.Select(s => s.Gw).ToHashSet();
        for (var i = 0; i < ged.Count; i++)
        {
            var gid = int.Parse(ged.Texts("priogrid_gid")[i], CultureInfo.InvariantCulture);
            Assert.InRange(gid, (270 * 720) + 1, 290 * 720);
            var latitude = double.Parse(ged.Texts("latitude")[i], CultureInfo.InvariantCulture);
            var longitude = double.Parse(ged.Texts("longitude")[i], CultureInfo.InvariantCulture);
            Assert.Equal(gid, Gid(latitude, longitude));
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"POINT({longitude} {latitude})"), ged.Texts("geom_wkt")[i]);
            Assert.Equal(3, int.Parse(ged.Texts("where_prec")[i], CultureInfo.InvariantCulture));
            Assert.Equal(4, int.Parse(ged.Texts("date_prec")[i], CultureInfo.InvariantCulture));
            var start = DateOnly.ParseExact(ged.Texts("date_start")[i], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var end = DateOnly.ParseExact(ged.Texts("date_end")[i], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal((start.Year, start.Month, 1), (end.Year, end.Month, start.Day));
            Assert.Equal(int.Parse(ged.Texts("year")[i], CultureInfo.InvariantCulture), start.Year);
            // A state born in the run (a secession) has no code: null.
            var real = cow.ContainsKey(ged.Texts("country")[i]);
            Assert.Equal(real, ged.Texts("country_id")[i].Length > 0);
            if (real)
            {
                var country = int.Parse(ged.Texts("country_id")[i], CultureInfo.InvariantCulture);
                Assert.Contains(country, gw);
                Assert.Equal(country < 400 ? "Europe" : "Middle East", ged.Texts("region")[i]);
            }

            foreach (var (side, number) in new[] { ("side_a", "gwnoa"), ("side_b", "gwnob") })
            {
                var government = ged.Texts(side)[i].StartsWith("Government of ", StringComparison.Ordinal) && cow.ContainsKey(ged.Texts(side)[i]["Government of ".Length..]);
                Assert.Equal(government, ged.Texts(number)[i].Length > 0);
                if (government)
                {
                    Assert.Contains(int.Parse(ged.Texts(number)[i], CultureInfo.InvariantCulture), gw);
                }
            }
        }

        var conflicts = Read(folder, "conflicts.csv");
        Assert.True(conflicts.Count > 0);
        Assert.Contains(conflicts.Texts("gwno_loc"), g => g.Length > 0);
        Assert.All(conflicts.Texts("gwno_loc").Where(g => g.Length > 0), g => Assert.Contains(int.Parse(g, CultureInfo.InvariantCulture), gw));
        Assert.All(conflicts.Texts("region").Where(r => r.Length > 0), r => Assert.Contains(r, new[] { "1", "2" }));
        Assert.All(conflicts.Texts("gwno_a").Where(g => g.Length > 0), g => Assert.All(g.Split(", "), n => Assert.Contains(int.Parse(n, CultureInfo.InvariantCulture), gw)));
    }

    [Fact]
    public void The_world_scenario_writes_its_states_real_codes_and_cells()
    {
        var simulation = new Simulation(ScenarioLoader.Load("world", ["years=3"]));
        var folder = Write(simulation);
        var states = simulation.World.States;
        var cow = Enumerable.Range(0, states.Count).Where(s => states.CowCode[s] > 0).ToDictionary(s => states.Name[s], s => states.CowCode[s]);
        var gw = Enumerable.Range(0, states.Count).Where(s => states.GwCode[s] > 0).Select(s => states.GwCode[s]).ToHashSet();
        var cells = simulation.World.Regions.PrioGrid.Where(g => g > 0).ToHashSet();

        var wars = Read(folder, "wars.csv");
        var disputes = Read(folder, "disputes.csv");
        Assert.True(wars.Count + disputes.Count > 0, "three years of the world scenario have interstate fighting");
        foreach (var (table, name) in new[] { (wars, "StateName"), (disputes, "statename") })
        {
            Assert.All(Ints(table, "ccode").Zip(table.Texts(name)), p => Assert.Equal(cow.TryGetValue(p.Second, out var c) ? c : -9, p.First));
        }

        var ged = Read(folder, "ged.csv");
        Assert.True(ged.Count > 0);
        for (var i = 0; i < ged.Count; i++)
        {
            var gid = int.Parse(ged.Texts("priogrid_gid")[i], CultureInfo.InvariantCulture);
            Assert.Contains(gid, cells);
            var latitude = double.Parse(ged.Texts("latitude")[i], CultureInfo.InvariantCulture);
            var longitude = double.Parse(ged.Texts("longitude")[i], CultureInfo.InvariantCulture);
            Assert.Equal(gid, Gid(latitude, longitude));
            if (ged.Texts("country_id")[i] is { Length: > 0 } country)
            {
                Assert.Contains(int.Parse(country, CultureInfo.InvariantCulture), gw);
            }
        }
    }

    [Fact]
    public void A_synthetic_world_writes_minus_9_or_null_where_it_has_no_real_code()
    {
        var folder = SyntheticRun.Value;
        var wars = Read(folder, "wars.csv");
        Assert.All(Ints(wars, "ccode"), c => Assert.Equal(-9, c));
        Assert.All(Ints(wars, "WhereFought"), c => Assert.Equal(-9, c));
        var disputes = Read(folder, "disputes.csv");
        Assert.All(Ints(disputes, "ccode"), c => Assert.Equal(-9, c));
        Assert.All(disputes.Texts("stabb"), s => Assert.Equal("", s));
        Assert.All(disputes.Texts("statename"), s => Assert.NotEqual("", s));

        var ged = Read(folder, "ged.csv");
        Assert.True(ged.Count > 0);
        foreach (var column in new[] { "priogrid_gid", "latitude", "longitude", "geom_wkt", "where_prec", "country_id", "region", "gwnoa", "gwnob", "number_of_sources", "adm_1" })
        {
            Assert.All(ged.Texts(column), v => Assert.Equal("", v));
        }

        Assert.All(ged.Texts("date_start"), d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.All(ged.Texts("active_year"), a => Assert.Contains(a, new[] { "true", "false" }));

        var conflicts = Read(folder, "conflicts.csv");
        Assert.True(conflicts.Count > 0);
        foreach (var column in new[] { "gwno_a", "gwno_b", "gwno_loc", "region", "side_a_2nd", "gwno_a_2nd", "territory_name" })
        {
            Assert.All(conflicts.Texts(column), v => Assert.Equal("", v));
        }

        Assert.All(conflicts.Texts("version"), v => Assert.Equal("23.1", v));
    }

    [Fact]
    public void The_data_package_says_which_columns_a_synthetic_world_cannot_fill()
    {
        var json = File.ReadAllText(Path.Combine(SyntheticRun.Value, DataPackageWriter.FileName));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var resources = document.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        foreach (var (resource, column) in new[] { ("wars", "ccode"), ("disputes", "stabb"), ("ged", "priogrid_gid"), ("conflicts", "gwno_loc") })
        {
            var description = resources[resource].GetProperty("description").GetString()!;
            Assert.Contains("synthetic world", description, StringComparison.Ordinal);
            Assert.Contains("cannot fill", description, StringComparison.Ordinal);
            Assert.Contains($"`{column}`", description, StringComparison.Ordinal);
        }
    }

    /// <summary>The PRIO-GRID cell a point lies in.</summary>
    private static int Gid(double latitude, double longitude) =>
        ((int)Math.Floor((latitude + 90) / 0.5) * 720) + (int)Math.Floor((longitude + 180) / 0.5) + 1;

    /// <summary>Runs the simulation and writes its tables and data package into a new folder, as a run does.</summary>
    private static string Write(Simulation simulation)
    {
        simulation.Run();
        var folder = TestWorlds.TempFolder();
        foreach (var observer in simulation.Observers.Where(o => o is TableObserver or DataPackageObserver))
        {
            foreach (var file in ObserverCatalog.FilesOf(observer.GetType()))
            {
                using var stream = File.Create(Path.Combine(folder, file));
                observer.WriteAsync(file, stream, CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        return folder;
    }

    private static CsvData Read(string folder, string file) => CsvData.Read(Path.Combine(folder, file));

    private static int[] Ints(CsvData table, string column) => [.. table.Texts(column).Select(t => int.Parse(t, CultureInfo.InvariantCulture))];

    private static long[] Longs(CsvData table, string column) => [.. table.Texts(column).Select(t => long.Parse(t, CultureInfo.InvariantCulture))];
}
