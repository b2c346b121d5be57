using System.Globalization;
using Westphalia.Laboratory;

namespace Westphalia.Reports;

/// <summary>
/// The report of a sweep, made from its folder alone: the design; each indicator over time by design point (the mean
/// over its replications with a 95% band) when there are few points; and each indicator's last-year value against each
/// factor, run by run.
/// </summary>
public static class SweepReport
{
    /// <summary>At most this many design points are drawn as lines over time, and listed.</summary>
    public const int MaxPointsDrawn = 10;

    /// <summary>At most this many factors are drawn against the indicators.</summary>
    public const int MaxFactorsDrawn = 8;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly (string Column, string Title, string Axis)[] Drawn =
    [
        ("hsi", "Human Security Index", "index (0 to 1)"),
        ("violent_death_rate", "Violent deaths", "per 100,000 a year"),
        ("life_expectancy", "Life expectancy", "years"),
        ("income_per_capita", "Income per head", "dollars a year"),
        ("states_alive", "States", "states alive"),
    ];

    public static HtmlReport Build(string folder)
    {
        var description = ReportFolder.Json(folder, "sweep.json");
        if (description["shard"] is { } shard && !File.Exists(Path.Combine(folder, "sweep.csv")))
        {
            throw new ReportException($"{folder}: the folder of shard {shard["index"]}/{shard["count"]} of a sweep has no table; 'westphalia merge' the shards, then report the merged folder");
        }

        var table = ReportFolder.Csv(folder, "sweep.csv");
        var factors = description["factors"]?.AsArray().Select(f => (Path: f!["path"]!.GetValue<string>(), Kind: f["kind"]!.GetValue<string>())).ToList() ?? [];
        var points = description["points"]?.GetValue<int>() ?? 0;
        var replications = description["replications"]?.GetValue<int>() ?? 0;
        var scenario = description["scenario_name"]?.GetValue<string>() ?? "?";
        var report = new HtmlReport($"Sweep: {scenario}", $"{description["design"]} design, {points} points × {replications} replications = {description["runs"]} runs of {description["years"]} years.");

        var point = table.Numbers("point");
        var run = table.Numbers("run");
        var time = TimeSeries.Times(table);
        var lastTime = new Dictionary<double, double>();
        for (var i = 0; i < run.Length; i++)
        {
            lastTime[run[i]] = Math.Max(lastTime.GetValueOrDefault(run[i], double.MinValue), time[i]);
        }

        var lastRows = Enumerable.Range(0, run.Length).Where(i => time[i] == lastTime[run[i]]).ToList();
        var factorText = factors.ToDictionary(f => f.Path, f => table.Texts(f.Path));
        string PointLabel(double p)
        {
            var row = Array.IndexOf(point, p);
            return $"point {p}: " + string.Join(", ", factors.Select(f => $"{f.Path.Split('.')[^1]} = {factorText[f.Path][row]}"));
        }

        report.Section("Design");
        report.Paragraph("Factors (scenario fields, as --set names them) and the design points; every point runs on the seeds 1 to the replications.");
        var distinctPoints = point.Distinct().Order().ToList();
        report.Table(["point", .. factors.Select(f => f.Path)],
            distinctPoints.Take(50).Select(p => (IReadOnlyList<string>)[p.ToString(Inv), .. factors.Select(f => factorText[f.Path][Array.IndexOf(point, p)])]),
            [true, .. factors.Select(f => f.Kind != "text")]);
        if (distinctPoints.Count > 50)
        {
            report.Paragraph($"… and {distinctPoints.Count - 50} more points (sweep.csv has them all).");
        }

        if (distinctPoints.Count <= MaxPointsDrawn)
        {
            report.Section("Over time, point by point");
            report.Paragraph("Each design point's mean over its replications, year by year, with the 95% confidence interval of that mean shaded (Student's t).");
            foreach (var (column, title, axis) in Drawn)
            {
                var values = table.Numbers(column);
                var lines = new List<ChartSeries>();
                foreach (var p in distinctPoints)
                {
                    lines.Add(TimeSeries.MeanWithBand(PointLabel(p), time, values, i => point[i] == p));
                }

                if (lines.All(l => TimeSeries.Unchanging(l.Y)))
                {
                    continue;
                }

                report.Figure(() => Charts.Lines($"points-{column.Replace('_', '-')}", $"{title}, by design point", $"{title}: each point's mean over its replications with its 95% band.", axis, lines));
            }
        }

        report.Section("Factors against outcomes");
        report.Paragraph("Each run's value in its last year against each factor. Numeric factors are drawn run by run; for factors whose levels are words, the table gives each level's mean over the runs that had it.");
        foreach (var factor in factors.Take(MaxFactorsDrawn))
        {
            var text = factorText[factor.Path];
            if (factor.Kind is "text" or "bool")
            {
                var levels = lastRows.Select(i => text[i]).Distinct().ToList();
                var columns = Drawn.Select(d => table.Numbers(d.Column)).ToArray();
                report.Subsection(factor.Path);
                report.Table([factor.Path, "runs", .. Drawn.Select(d => d.Title)],
                    levels.Select(level =>
                    {
                        var rows = lastRows.Where(i => text[i] == level).ToList();
                        return (IReadOnlyList<string>)[level, rows.Count.ToString(Inv), .. columns.Select(c => Numbers.Text(rows.Average(i => c[i])))];
                    }),
                    [false, true, .. Drawn.Select(_ => true)]);
                continue;
            }

            var x = lastRows.Select(i => CsvData.Number(text[i])).ToArray();
            foreach (var (column, title, axis) in Drawn.Take(3))
            {
                var values = table.Numbers(column);
                report.Figure(() => Charts.Points($"factor-{Slug(factor.Path)}-{column.Replace('_', '-')}", $"{title} against {factor.Path}",
                    $"{title} in each run's last year against {factor.Path}, one point a run.", factor.Path, axis,
                    [new PointGroup("runs", x, [.. lastRows.Select(i => values[i])])]));
            }
        }

        report.Section("Method");
        report.Paragraph("sweep.csv (and sweep.parquet) hold one row per run and year: the run, its design point, replication and seed, the factors' values and the world's indicators (docs/OUTPUTS.md). Design and numbering: docs/LABORATORY.md.");
        return report;
    }

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
