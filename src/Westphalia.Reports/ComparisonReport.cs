using System.Globalization;
using System.Text.Json.Nodes;
using Westphalia.Laboratory;

namespace Westphalia.Reports;

/// <summary>
/// The report of a comparison or an experiment, made from its folder alone: for an experiment the claim, the design and
/// the verdict; every outcome by arm with its 95% interval; the paired differences against the first arm; the world's
/// indicators over time, each arm's mean with its 95% band over the seeds; and the severity of wars, arm by arm.
/// </summary>
public static class ComparisonReport
{
    /// <summary>The difference chart's axis stops at this many per cent either way.</summary>
    public const double ClipPercent = 150;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The series drawn over time: column, title, axis, caption.</summary>
    private static readonly (string Column, string Title, string Axis, string Caption)[] Drawn =
    [
        ("hsi", "Human Security Index", "index (0 to 1)", "The world's Human Security Index (population-weighted)"),
        ("freedom_from_fear", "Freedom from fear", "index (0 to 1)", "The world's freedom from fear"),
        ("freedom_from_want", "Freedom from want", "index (0 to 1)", "The world's freedom from want"),
        ("violent_death_rate", "Violent deaths", "per 100,000 a year", "Violent deaths per 100,000 people a year"),
        ("income_per_capita", "Income per head", "dollars a year", "World output over world population"),
        ("life_expectancy", "Life expectancy", "years", "Population-weighted life expectancy"),
        ("states_alive", "States", "states alive", "States alive"),
        ("military_burden", "Military burden", "share of output", "The world's military spending over its output"),
    ];

    public static HtmlReport Build(string folder)
    {
        var description = ReportFolder.Json(folder, "compare.json");
        var experiment = File.Exists(Path.Combine(folder, "experiment.json")) ? ReportFolder.Json(folder, "experiment.json") : null;
        var scenario = description["scenario_name"]?.GetValue<string>() ?? "?";
        var years = description["years"]?.ToString() ?? "?";
        var seeds = description["seeds"]?.AsArray().Count ?? 0;
        var arms = description["arms"]?.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList() ?? [];
        var outcomes = description["outcomes"]?.AsArray().Select(o => (Name: o!["name"]!.GetValue<string>(), Label: o["label"]!.GetValue<string>(), Level: o["level"]!.GetValue<string>(), Unit: o["unit"]!.GetValue<string>())).ToList() ?? [];
        if (arms.Count == 0 || outcomes.Count == 0)
        {
            throw new ReportException($"{Path.Combine(folder, "compare.json")}: no arms or no outcomes");
        }

        var runs = ReportFolder.Csv(folder, "runs.csv");
        var title = experiment is not null ? $"Experiment: {experiment["title"]?.GetValue<string>()}" : $"Comparison: {scenario}";
        var report = new HtmlReport(title, $"{arms.Count} arms × {seeds} seeds of {scenario}, {years} years each; every arm on the same seeds.");
        if (experiment is not null)
        {
            Claim(report, experiment, seeds, years);
        }

        OutcomeTable(report, runs, arms, outcomes, experiment is not null);
        Differences(report, runs, arms, outcomes);
        if (File.Exists(Path.Combine(folder, "series.csv")))
        {
            OverTime(report, ReportFolder.Csv(folder, "series.csv"), arms, seeds);
        }

        if (File.Exists(Path.Combine(folder, "war_sizes.csv")))
        {
            Severity(report, ReportFolder.Csv(folder, "war_sizes.csv"), arms);
        }

        report.Section("Method");
        report.Paragraph($"Each arm is a set of changes to the scenario; every arm runs on the same seeds 1 to {seeds} (common random numbers), so two arms' runs on one seed differ only by the arms' changes. An outcome's interval is the 95% confidence interval of its mean over the seeds (Student's t with n − 1 degrees of freedom); a difference's is that of the mean paired difference, seed by seed. Outcomes and their definitions: docs/LABORATORY.md. The tables behind this page are runs.csv, comparison.csv, series.csv and war_sizes.csv (and their Parquet files), described in datapackage.json.");
        return report;
    }

    private static void Claim(HtmlReport report, JsonNode experiment, int seeds, string years)
    {
        string Text(string key) => experiment[key]?.GetValue<string>() ?? "";
        report.Section("The claim");
        report.Paragraph($"“{Text("claim")}” — {Text("source")}");
        report.Paragraph($"Design: the scenario {Text("scenario")} run with {Text("baseline")} (baseline) and with {Text("treatment")} (treatment), on the same {seeds} seeds, {years} years each. The claim predicts that the first outcome below {(experiment["predicted_sign"]?.GetValue<int>() > 0 ? "rises" : "falls")} under the treatment.");
        report.Verdict(Text("verdict"), Text("conclusion"));
        if (Text("caveat").Length > 0)
        {
            report.Caveat(Text("caveat"));
        }
    }

    private static void OutcomeTable(HtmlReport report, CsvData runs, List<string> arms, List<(string Name, string Label, string Level, string Unit)> outcomes, bool experiment)
    {
        report.Section("Outcomes, arm by arm");
        report.Paragraph("Mean over the seeds, and beneath it its 95% confidence interval; beneath each outcome, its unit. State-level outcomes are over the whole run; individual-level ones are the world's people in the last year." + (experiment || arms.Count == 2 ? " The last column is the mean paired difference, treatment − baseline, seed by seed, with its interval." : ""));
        var armColumn = runs.Texts("arm");
        var pair = arms.Count == 2;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var level in outcomes.Select(o => o.Level).Distinct())
        {
            rows.Add([level == "state" ? "Security of states" : level == "individual" ? "Security of people" : level, .. arms.Select(_ => ""), .. pair ? new[] { "" } : []]);
            foreach (var o in outcomes.Where(o => o.Level == level))
            {
                var values = runs.Numbers(o.Name);
                var cells = new List<string> { $"{o.Label}\n{o.Unit}" };
                foreach (var arm in arms)
                {
                    var i = Interval.Of([.. values.Where((_, k) => armColumn[k] == arm)]);
                    cells.Add(Numbers.IntervalCell(i.Mean, i.Low, i.High));
                }

                if (pair)
                {
                    var d = Paired(values, armColumn, runs.Numbers("seed"), arms[0], arms[1]);
                    cells.Add(Numbers.SignedIntervalCell(d.Mean, d.Low, d.High));
                }

                rows.Add(cells);
            }
        }

        report.Table(["outcome", .. arms, .. pair ? new[] { "difference" } : []], rows, [false, .. arms.Select(_ => true), .. pair ? new[] { true } : []]);
    }

    /// <summary>The paired differences b − a of an outcome over the seeds both arms ran.</summary>
    private static Interval Paired(double[] values, string[] arm, double[] seed, string a, string b)
    {
        var first = new Dictionary<double, double>();
        for (var k = 0; k < values.Length; k++)
        {
            if (arm[k] == a)
            {
                first[seed[k]] = values[k];
            }
        }

        var differences = new List<double>();
        for (var k = 0; k < values.Length; k++)
        {
            if (arm[k] == b && first.TryGetValue(seed[k], out var x))
            {
                differences.Add(values[k] - x);
            }
        }

        return Interval.Of(differences);
    }

    private static void Differences(HtmlReport report, CsvData runs, List<string> arms, List<(string Name, string Label, string Level, string Unit)> outcomes)
    {
        report.Section("Differences against " + arms[0]);
        report.Paragraph($"Each outcome's mean paired difference against {arms[0]}, as a percentage of {arms[0]}'s mean, with its 95% interval: coloured where the interval excludes no difference, grey where it includes it. Outcomes whose baseline mean is zero are left out (no percentage of zero).");
        var armColumn = runs.Texts("arm");
        var seed = runs.Numbers("seed");
        foreach (var arm in arms.Skip(1))
        {
            var rows = new List<IntervalRow>();
            foreach (var o in outcomes)
            {
                var values = runs.Numbers(o.Name);
                var baseline = values.Where((_, k) => armColumn[k] == arms[0]).DefaultIfEmpty(double.NaN).Average();
                if (!(Math.Abs(baseline) > 0))
                {
                    continue;
                }

                var d = Paired(values, armColumn, seed, arms[0], arm);
                var scale = 100 / Math.Abs(baseline);
                rows.Add(new IntervalRow(o.Label, d.Mean * scale, d.Low * scale, d.High * scale));
            }

            var name = $"difference-{Slug(arm)}";
            report.Figure(() => Charts.Intervals(name, $"{arm} against {arms[0]}", $"Mean paired difference, {arm} − {arms[0]}, per cent of {arms[0]}'s mean, with 95% intervals over the seeds. The axis stops at ±{ClipPercent}%; a change beyond it is written at the edge.", "difference, % of the baseline's mean", rows, ClipPercent));
        }
    }

    private static void OverTime(HtmlReport report, CsvData series, List<string> arms, int seeds)
    {
        report.Section("Over time");
        report.Paragraph($"Each arm's mean over its {seeds} runs, year by year, with the 95% confidence interval of that mean shaded (Student's t over the runs). A band is one arm's own uncertainty; because the arms share their seeds, the paired differences above are the sharper comparison, and bands may overlap where a difference is clear.");
        var arm = series.Texts("arm");
        var time = series.Numbers("time");
        var constant = new List<string>();
        foreach (var (column, title, axis, caption) in Drawn)
        {
            if (!series.Has(column))
            {
                continue;
            }

            var values = series.Numbers(column);
            var lines = new List<ChartSeries>();
            foreach (var a in arms)
            {
                lines.Add(TimeSeries.MeanWithBand(a, time, values, k => arm[k] == a));
            }

            if (lines.All(l => TimeSeries.Unchanging(l.Y)))
            {
                constant.Add(title.ToLowerInvariant());
                continue;
            }

            report.Figure(() => Charts.Lines($"series-{column.Replace('_', '-')}", title, $"{caption}: each arm's mean over the seeds with its 95% band.", axis, lines));
        }

        if (constant.Count > 0)
        {
            report.Paragraph($"Not drawn, because no arm's mean changes over the run (the scenario leaves them fixed): {string.Join(", ", constant)}.");
        }
    }


    private static void Severity(HtmlReport report, CsvData wars, List<string> arms)
    {
        report.Section("War severity");
        var arm = wars.Texts("arm");
        var kind = wars.Texts("kind");
        var deaths = wars.Numbers("battle_deaths");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (k, label) in new[] { ("interstate", "Interstate wars"), ("civil", "Civil wars") })
        {
            var groups = arms.Select(a => new SeverityGroup(a, [.. deaths.Where((_, i) => arm[i] == a && kind[i] == k)])).ToList();
            if (groups.All(g => g.Sizes.Count == 0))
            {
                report.Paragraph($"{label}: none in any run.");
                continue;
            }

            report.Figure(() => Charts.Severity($"severity-{k}", $"{label}: severity by arm", $"{label} of every run pooled by arm: P(X ≥ x) of battle deaths per war on log–log axes; lines, the power law fitted to each arm's tail (Clauset, Shalizi and Newman 2009) where an arm has ten wars or more.", groups));
            foreach (var g in groups)
            {
                var fit = Charts.Fit(g.Sizes);
                rows.Add([label, g.Label, g.Sizes.Count.ToString("N0", Inv), fit is null ? "–" : string.Create(Inv, $"{fit.Alpha:F2} ± {fit.StandardError:F2}"), fit is null ? "–" : Numbers.Text(fit.XMin), fit is null ? "–" : fit.TailCount.ToString(Inv)]);
            }
        }

        report.Table(["wars", "arm", "wars in all runs", "α", "x_min", "wars in the tail"], rows, [false, false, true, true, true, true]);
    }

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
