using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Westphalia.Metrics;
using Westphalia.Scenarios;
using Westphalia.Scenarios.RealWorld;

namespace Westphalia.Reports;

/// <summary>
/// The report of one run, made from its folder alone: the world over time (with the middle half of states as a band),
/// maps of territory and of human security at the dates the regions table holds (and at the start, rebuilt from the
/// run's scenario), the wars and their severity on log–log axes with the fitted power law, and the events.
/// </summary>
public static class RunReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static HtmlReport Build(string folder)
    {
        var manifest = ReportFolder.Json(folder, "manifest.json");
        var name = manifest["scenario_name"]?.GetValue<string>() ?? "run";
        var seed = manifest["seed"]?.ToString() ?? "?";
        var years = manifest["years"]?.ToString() ?? "?";
        var start = manifest["start_year"]?.ToString() ?? "?";
        var world = ReportFolder.Csv(folder, "world.csv");
        var states = ReportFolder.Csv(folder, "states.csv");
        var report = new HtmlReport($"Westphalia run: {name}", $"Seed {seed}, {years} years from {start}.");

        KeyFigures(report, folder);
        OverTime(report, world, states);
        Maps(report, folder, states);
        Wars(report, folder);
        Events(report, folder);
        return report;
    }

    private static void KeyFigures(HtmlReport report, string folder)
    {
        if (!File.Exists(Path.Combine(folder, "summary.json")))
        {
            return;
        }

        var summary = ReportFolder.Json(folder, "summary.json");
        report.Section("The run in figures");
        report.Paragraph($"The world in its first and last year ({summary["first_year"]} and {summary["last_year"]}).");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var item in summary["world"]?.AsArray() ?? [])
        {
            rows.Add([item!["label"]!.GetValue<string>(), Numbers.Text(item["first"]!.GetValue<double>()), Numbers.Text(item["last"]!.GetValue<double>())]);
        }

        report.Table(["indicator", "first year", "last year"], rows, [false, true, true]);
    }

    private static void OverTime(HtmlReport report, CsvData world, CsvData states)
    {
        report.Section("The world over time");
        report.Paragraph("Lines are the world's values (population-weighted where they are indices or rates); the shaded band is the middle half of the living states (their 25th to 75th percentile) in the same year, so it shows how unequal states are, not uncertainty: a run is one draw of history.");
        var x = TimeSeries.Times(world);
        var ticks = world.Numbers("tick");
        ChartSeries Line(string label, string column, bool band = true)
        {
            var (low, high) = band ? TimeSeries.MiddleHalf(states, column, ticks) : (null!, null!);
            return new ChartSeries(label, x, world.Numbers(column), band ? low : null, band ? high : null);
        }

        report.Figure(() => Charts.Lines("human-security", "Human security over time", "The Human Security Index and its two halves, freedom from fear and freedom from want (docs/ODD.md §7.15); band: the middle half of states' index.", "index (0 to 1)",
            [Line("Human Security Index (band: middle half of states)", "hsi"), Line("freedom from fear", "freedom_from_fear", false), Line("freedom from want", "freedom_from_want", false)]));
        report.Figure(() => Charts.Lines("violent-deaths", "Violent deaths", "Violent deaths (battle, one-sided violence, terror and crime) per 100,000 people a year; band: the middle half of states.", "per 100,000 a year",
            [Line("violent deaths per 100,000", "violent_death_rate")]));
        report.Figure(() => Charts.Lines("income", "Income per head", "World output over world population, dollars a year; band: the middle half of states.", "dollars a year",
            [Line("income per head", "income_per_capita")]));
        report.Figure(() => Charts.Lines("life-expectancy", "Life expectancy", "Population-weighted life expectancy at birth; band: the middle half of states.", "years",
            [Line("life expectancy", "life_expectancy")]));
        var spending = states.Numbers("military_spending");
        var output = states.Numbers("output");
        var burden = world.Numbers("military_spending").Zip(world.Numbers("output"), (m, o) => o > 0 ? m / o : double.NaN).ToArray();
        var (bLow, bHigh) = TimeSeries.MiddleHalf(states, "", ticks, i => output[i] > 0 ? spending[i] / output[i] : double.NaN);
        report.Figure(() => Charts.Lines("military-burden", "Military burden", "The world's military spending over its output; band: the middle half of states' burdens.", "share of output",
            [new ChartSeries("military burden", x, burden, bLow, bHigh)]));
        report.Figure(() => Charts.Lines("states", "States", "States alive.", "states", [Line("states alive", "states_alive", false)]));
    }

    private static void Maps(HtmlReport report, string folder, CsvData states)
    {
        report.Section("Maps");
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.LoadFile(Path.Combine(folder, "scenario.yaml"));
        }
        catch (Exception e) when (e is ScenarioException or IOException)
        {
            report.Paragraph($"No maps: the run's scenario.yaml, which gives the map's geometry, does not load here ({e.Message.Split('\n')[0]}).");
            return;
        }

        var world = WorldFactory.Create(scenario);
        var grid = scenario.World.Generator?.Topology;

        // A real-world run is drawn on the real map (RealMap), compactly; a synthetic world as its grid or graph.
        var real = RealMap.IsReal(world.Regions.PrioGrid);
        var dataSet = scenario.World.Data is { } data && WorldDataSet.Names.Contains(data) ? WorldDataSet.Load(data) : null;
        Dictionary<int, string> AllianceNames(int[] blocs) => dataSet is null ? [] : RealMap.AllianceNames(dataSet, blocs);
        if (real)
        {
            report.Paragraph("Alliance blocs: each bloc in its colour, named by the standing alliances it continues or by its lowest member, states in no bloc grey; black lines are borders between states. Human security: each region's Human Security Index over the year, on one scale per map. The 0.5° cells in an equirectangular projection; 'westphalia map' draws any of these years by states, blocs or human security, as PNG or SVG.");
            var states0 = world.States;
            int[] blocs0 = [.. states0.Alliance.Take(states0.Count)];
            var start = new RealMapInput(scenario.Name, $"January {scenario.StartYear.ToString(Inv)} (start)", world.Regions.PrioGrid, world.Regions.Owner,
                [.. Enumerable.Repeat(double.NaN, world.Regions.Count)], [.. states0.Name.Take(states0.Count)], blocs0, AllianceNames(blocs0));
            report.Figure(() => RealMapPainter.Figure(RealMap.Draw(start, RealMapLayer.Blocs), $"territory-{scenario.StartYear}-start", "Who is allied with whom before the first month, as the scenario builds the world."));
        }
        else
        {
            report.Paragraph("Territory: each state in its bloc's colour (an alliance; shades tell its members apart), states in no bloc in greys; black lines are borders, white dots capitals, with the largest states named. Human security: each region's Human Security Index over the year, on one scale per map.");
            var initial = new MapStates([.. world.Regions.Owner], [.. world.States.Name], [.. world.States.Capital], [.. world.States.Alliance], new Dictionary<int, string>());
            initial = initial with { BlocLabels = BlocLabels(initial) };
            report.Figure(() => MapPainter.Territory(world, grid, initial, $"territory-{scenario.StartYear}-start", $"{scenario.Name}: territory at the start, January {scenario.StartYear}", "Who holds what before the first month, as the scenario builds the world."));
        }

        var regions = ReportFolder.Csv(folder, "regions.csv");
        var regionYears = regions.Numbers("year");
        var regionIds = regions.Numbers("region_id");
        var owners = regions.Numbers("state_id");
        var capital = regions.Numbers("capital");
        var hsi = regions.Numbers("hsi");
        var stateYears = states.Numbers("year");
        var stateMonths = states.Numbers("month");
        var stateIds = states.Numbers("state_id");
        var stateNames = states.Texts("state");
        var alliances = states.Numbers("alliance");
        foreach (var year in regionYears.Distinct().Order())
        {
            var n = world.Regions.Count;
            var slots = Math.Max(world.States.Count, (int)stateIds.DefaultIfEmpty(0).Max() + 1);
            var owner = new int[n];
            Array.Fill(owner, -1);
            var value = new double[n];
            Array.Fill(value, double.NaN);
            var names = new string[slots];
            for (var s = 0; s < slots; s++)
            {
                names[s] = s < world.States.Count ? world.States.Name[s] : $"state {s}";
            }

            var capitals = new int[slots];
            Array.Fill(capitals, -1);
            var blocs = new int[slots];
            Array.Fill(blocs, -1);
            for (var i = 0; i < regionYears.Length; i++)
            {
                if (regionYears[i] != year || regionIds[i] is var r && (r < 0 || r >= n) || owners[i] is var o && (o < 0 || o >= slots))
                {
                    continue;
                }

                owner[(int)regionIds[i]] = (int)owners[i];
                value[(int)regionIds[i]] = hsi[i];
                if (capital[i] == 1)
                {
                    capitals[(int)owners[i]] = (int)regionIds[i];
                }
            }

            var lastMonth = Enumerable.Range(0, stateYears.Length).Where(i => stateYears[i] == year).Select(i => stateMonths[i]).DefaultIfEmpty(12).Max();
            for (var i = 0; i < stateYears.Length; i++)
            {
                if (stateYears[i] == year && stateMonths[i] == lastMonth && stateIds[i] >= 0 && stateIds[i] < slots)
                {
                    names[(int)stateIds[i]] = stateNames[i];
                    blocs[(int)stateIds[i]] = double.IsFinite(alliances[i]) && alliances[i] >= 0 ? (int)alliances[i] : -1;
                }
            }

            var y = ((int)year).ToString(Inv);
            report.Subsection(y);
            if (real)
            {
                var input = new RealMapInput(scenario.Name, $"December {y}", world.Regions.PrioGrid, owner, value, names, blocs, AllianceNames(blocs));
                report.Figure(() => RealMapPainter.Figure(RealMap.Draw(input, RealMapLayer.Blocs), $"territory-{y}", $"Alliance blocs at the end of {y}."));
                report.Figure(() => RealMapPainter.Figure(RealMap.Draw(input, RealMapLayer.Hsi), $"hsi-{y}", $"Each region's Human Security Index over {y}."));

                continue;
            }

            var map = new MapStates(owner, names, capitals, blocs, new Dictionary<int, string>());
            map = map with { BlocLabels = BlocLabels(map) };
            report.Figure(() => MapPainter.Territory(world, grid, map, $"territory-{y}", $"{scenario.Name}: territory, December {y}", $"Who holds what at the end of {y}."));
            var finite = value.Where(double.IsFinite).ToArray();
            if (finite.Length > 0)
            {
                var low = Math.Floor(finite.Min() * 20) / 20;
                var high = Math.Max(Math.Ceiling(finite.Max() * 20) / 20, low + 0.05);
                report.Figure(() => MapPainter.Choropleth(world, grid, map, value, low, high, "Human Security Index", $"hsi-{y}", $"{scenario.Name}: human security, {y}", $"Each region's Human Security Index over {y}, from {Numbers.Text(low)} (dark) to {Numbers.Text(high)} (light)."));
            }
        }
    }

    /// <summary>A label for each bloc on a map: its largest member by regions held and its number of members.</summary>
    public static Dictionary<int, string> BlocLabels(MapStates map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var held = new int[map.Names.Length];
        foreach (var o in map.Owner)
        {
            if (o >= 0 && o < held.Length)
            {
                held[o]++;
            }
        }

        return Enumerable.Range(0, map.Names.Length).Where(s => held[s] > 0 && map.Bloc[s] >= 0)
            .GroupBy(s => map.Bloc[s])
            .ToDictionary(g => g.Key, g =>
            {
                var leader = g.OrderByDescending(s => held[s]).ThenBy(s => s).First();
                var count = g.Count();
                return count == 1 ? $"{map.Names[leader]} (alliance {g.Key})" : $"{map.Names[leader]}'s bloc ({count} states)";
            });
    }

    private static void Wars(HtmlReport report, string folder)
    {
        report.Section("Wars");
        var wars = ReportFolder.Csv(folder, "wars.csv");
        var civil = ReportFolder.Csv(folder, "civil_wars.csv");
        var interstate = InterstateWars(wars);
        var civilSizes = civil.Numbers("battle_deaths");
        var smaller = File.Exists(Path.Combine(folder, "disputes.csv")) ? ReportFolder.Csv(folder, "disputes.csv").Numbers("dispnum").Distinct().Count() : 0;
        report.Paragraph($"{interstate.Count.ToString("N0", Inv)} interstate wars (1,000 battle deaths or more) and {civil.Count.ToString("N0", Inv)} civil wars began in the run; {smaller.ToString("N0", Inv)} interstate fights stayed below 1,000 battle deaths (militarised disputes).");
        report.Figure(() => Charts.Severity("war-severity", "War severity", "How many wars reach at least a given size: P(X ≥ x) of battle deaths per war, each war once, on log–log axes; a straight line is a power law. Lines: the power law fitted to each kind's tail by the method of Clauset, Shalizi and Newman (2009), where there are ten wars or more. Richardson found interstate wars to follow one with α near 1.5–2.",
            [new SeverityGroup("interstate wars", [.. interstate.Select(w => w.Deaths)]), new SeverityGroup("civil wars", civilSizes)]));
        if (interstate.Count > 0)
        {
            report.Subsection("The largest interstate wars");
            report.Table(["war", "years", "states", "battle deaths"],
                interstate.OrderByDescending(w => w.Deaths).Take(10).Select(w => (IReadOnlyList<string>)[w.Name, w.Years, w.States.ToString(Inv), Numbers.Text(w.Deaths)]),
                [false, false, true, true]);
        }

        if (civil.Count > 0)
        {
            var state = civil.Texts("state_name");
            var rebels = civil.Texts("rebels");
            var startDates = civil.Texts("start");
            var endDates = civil.Texts("end");
            var outcome = civil.Texts("outcome");
            report.Subsection("The largest civil wars");
            report.Table(["state", "rebels", "from", "to", "outcome", "battle deaths"],
                Enumerable.Range(0, civil.Count).OrderByDescending(i => civilSizes[i]).ThenBy(i => i).Take(10)
                    .Select(i => (IReadOnlyList<string>)[state[i], rebels[i], startDates[i], endDates[i].Length > 0 ? endDates[i] : "(going on)", outcome[i], Numbers.Text(civilSizes[i])]),
                [false, false, false, false, false, true]);
        }
    }

    /// <summary>
    /// The interstate wars of a wars table (COW layout, one row per participant): name, years, participants and battle
    /// deaths (the sum of the participants' <c>BatDeath</c>); years run from the first participant's entry to the last
    /// one's exit, open while the war goes on (COW's −7).
    /// </summary>
    public static List<(string Name, string Years, int States, double Deaths)> InterstateWars(CsvData wars)
    {
        ArgumentNullException.ThrowIfNull(wars);
        var number = wars.Numbers("WarNum");
        var names = wars.Texts("WarName");
        var from = wars.Numbers("StartYear1");
        var to = wars.Numbers("EndYear1");
        var deaths = wars.Numbers("BatDeath");
        return [.. Enumerable.Range(0, wars.Count).GroupBy(i => number[i]).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.Min(i => from[i]);
            var ongoing = g.Any(i => double.IsNaN(to[i]) || to[i] < 0);
            var last = ongoing ? double.NaN : g.Max(i => to[i]);
            var years = ongoing ? $"{first}–" : last > first ? $"{first}–{last}" : $"{first}";
            return (names[g.First()], years, g.Count(), g.Sum(i => deaths[i]));
        })];
    }

    private static void Events(HtmlReport report, string folder)
    {
        var path = Path.Combine(folder, "events.jsonl");
        if (!File.Exists(path))
        {
            return;
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                var type = JsonNode.Parse(line)?["type"]?.GetValue<string>() ?? "?";
                counts[type] = counts.GetValueOrDefault(type) + 1;
            }
            catch (JsonException)
            {
                throw new ReportException($"{path}: a line is not JSON; the event log is damaged");
            }
        }

        report.Section("Events");
        report.Paragraph("Every typed event of the run (events.jsonl; docs/OUTPUTS.md), by type.");
        report.Table(["event", "count"], counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (IReadOnlyList<string>)[c.Key, c.Value.ToString("N0", Inv)]), [false, true]);
    }
}
