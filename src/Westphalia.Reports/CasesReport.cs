using System.Globalization;

namespace Westphalia.Reports;

/// <summary>
/// The report of an experiment whose cases are states in runs (state-and-citizens): the claim and verdict, the cases by
/// whether their state's security was maintained, and the distribution of their citizens' Human Security Index.
/// </summary>
public static class CasesReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static HtmlReport Build(string folder)
    {
        var experiment = ReportFolder.Json(folder, "experiment.json");
        var cases = ReportFolder.Csv(folder, "states.csv");
        string Text(string key) => experiment[key]?.ToString() ?? "";
        var report = new HtmlReport($"Experiment: {Text("title")}", $"{Text("cases")} cases: every state of the initial map in {Text("runs")} runs of {Text("scenario")}.");
        report.Section("The claim");
        report.Paragraph($"“{Text("claim")}” — {Text("source")}");
        report.Paragraph("Design: a state's security is maintained when it ends the run alive, holding every region it held at the first observation, and no war was ever begun against it; its citizens' security is its Human Security Index in the last year. The statistic is the mean index of the states whose security was maintained minus that of the other living states, with a 95% interval from bootstrap resamples of whole runs (the states of one run share a world).");
        report.Verdict(Text("verdict"), Text("conclusion"));

        var secure = cases.Numbers("secure");
        var hsi = cases.Numbers("hsi");
        var fear = cases.Numbers("freedom_from_fear");
        var want = cases.Numbers("freedom_from_want");
        var attacked = cases.Numbers("attacked");
        var kept = cases.Numbers("territory_kept");
        var living = Enumerable.Range(0, cases.Count).Where(i => double.IsFinite(hsi[i])).ToList();
        var groups = new (string Label, List<int> Rows)[]
        {
            ("state security maintained", living.Where(i => secure[i] == 1).ToList()),
            ("attacked, but kept all its land", living.Where(i => secure[i] != 1 && attacked[i] == 1 && kept[i] >= 1).ToList()),
            ("lost land", living.Where(i => secure[i] != 1 && kept[i] < 1).ToList()),
        };
        report.Section("The cases");
        var dead = cases.Count - living.Count;
        report.Paragraph($"{cases.Count.ToString("N0", Inv)} cases; {dead.ToString("N0", Inv)} ended with their state dead (no people of its own to score) and are left out below.");
        report.Table(["cases", "count", "mean Human Security Index", "mean freedom from fear", "mean freedom from want"],
            groups.Select(g => (IReadOnlyList<string>)[g.Label, g.Rows.Count.ToString("N0", Inv), Mean(hsi, g.Rows), Mean(fear, g.Rows), Mean(want, g.Rows)]),
            [false, true, true, true, true]);

        var median = Numbers.Quantile([.. living.Select(i => hsi[i]).Order()], 0.5);
        var below = groups[0].Rows.Count(i => hsi[i] < median);
        report.Paragraph($"Where the two part ways: of the {groups[0].Rows.Count.ToString("N0", Inv)} states whose security was maintained, {below.ToString("N0", Inv)} ({(double)below / Math.Max(1, groups[0].Rows.Count):P0}) had citizens below the median index of all living cases ({median:F3}).");
        report.Figure(() => Charts.Lines("hsi-distribution", "Citizens' security, by the security of their state",
            "The distribution of the citizens' Human Security Index in the last year: for each index x, the share of cases of each group with an index of at most x. A curve further right is a group whose people are more secure; where curves cross, the claim holds for some states and not for others.",
            "share of the group's cases with an index of at most x",
            [.. groups.Where(g => g.Rows.Count > 0).Select(g =>
            {
                var sorted = g.Rows.Select(i => hsi[i]).Order().ToArray();
                return new ChartSeries($"{g.Label} ({g.Rows.Count.ToString("N0", Inv)})", sorted, [.. sorted.Select((_, k) => (k + 1.0) / sorted.Length)]);
            })], "Human Security Index of the state's people, x"));
        report.Figure(() => Charts.Points("fear-and-want", "Freedom from fear and freedom from want, case by case",
            "Each living case's two halves of the index in the last year, by whether its state's security was maintained.",
            "freedom from want", "freedom from fear",
            [.. groups.Where(g => g.Rows.Count > 0).Select(g => new PointGroup(g.Label, [.. g.Rows.Select(i => want[i])], [.. g.Rows.Select(i => fear[i])]))]));
        report.Section("Method");
        report.Paragraph("Every case is in states.csv (seed, state, secure, territory kept, attacked, the index and its halves). The bootstrap draws whole runs with replacement from the project's counter-based generator (stream Bootstrap), so the interval is the same on any machine.");
        return report;
    }

    private static string Mean(double[] values, List<int> rows) => rows.Count == 0 ? "–" : rows.Average(i => values[i]).ToString("F3", Inv);
}
