namespace Westphalia.Reports;

/// <summary>
/// <c>westphalia report DIR</c>: the report of any output folder, by what the folder holds: a run (manifest.json), a
/// comparison or an experiment (compare.json), an experiment over cases (experiment.json alone), a sensitivity analysis (sensitivity.json), a sweep (sweep.json with its table).
/// </summary>
public static class Reports
{
    /// <summary>What kind of folder <paramref name="folder"/> is, or null when it is none a report is made of.</summary>
    public static string? KindOf(string folder) =>
        File.Exists(Path.Combine(folder, "compare.json")) ? (File.Exists(Path.Combine(folder, "experiment.json")) ? "experiment" : "comparison")
        : File.Exists(Path.Combine(folder, "experiment.json")) ? "cases"
        : File.Exists(Path.Combine(folder, "sensitivity.json")) ? "sensitivity"
        : File.Exists(Path.Combine(folder, "sweep.json")) ? "sweep"
        : File.Exists(Path.Combine(folder, "manifest.json")) ? "run"
        : null;

    /// <summary>Builds and writes the report of <paramref name="folder"/>; returns the page's path.</summary>
    public static string Write(string folder, string version)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReportException($"{folder}: no such folder");
        }

        var kind = KindOf(folder) ?? throw new ReportException($"{folder}: not a folder westphalia wrote (no manifest.json, compare.json, experiment.json, sensitivity.json or sweep.json); give the folder of a run, a comparison, an experiment, a sensitivity analysis or a sweep");
        var report = kind switch
        {
            "run" => RunReport.Build(folder),
            "sweep" => SweepReport.Build(folder),
            "cases" => CasesReport.Build(folder),
            "sensitivity" => SensitivityReport.Build(folder),
            _ => ComparisonReport.Build(folder),
        };
        return ReportFolder.Write(folder, report, $"Westphalia {version}. Made by `westphalia report` from the files in this folder; the charts are also in {HtmlReport.ChartsFolder}/ as PNG and SVG.");
    }
}
