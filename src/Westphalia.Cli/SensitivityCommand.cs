using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Westphalia.Laboratory;
using Westphalia.Metrics;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia sensitivity FILE</c>: a global sensitivity analysis over scenario fields (docs/LABORATORY.md) — Morris
/// elementary effects or Sobol' indices for chosen outcomes — run on the sweep's machinery (every design point a set of
/// <c>--set</c> changes, every point on the seeds 1 to its replications, on all cores), printed as a ranking of the
/// factors per outcome and written to a folder.
/// </summary>
internal static class SensitivityCommand
{
    public const string DescriptionFile = "sensitivity.json";
    public const string ReportFile = "report.md";
    public const string DesignFile = "design.yaml";

    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var fileArgument = new Argument<string>("FILE")
        {
            Description = "The analysis design (YAML; docs/LABORATORY.md).",
            Validators = { Cli.NotAnOption },
        };
        var output = new Option<string?>("--out") { Description = "Folder to create (default: runs/sensitivity-NAME, numbered -2, -3, ... when taken)." };
        var threads = Cli.ThreadsOption();
        threads.Description = "Runs at a time, each on one thread (results do not depend on it).";
        var quiet = Cli.QuietOption();
        var noReport = Cli.NoReportOption();
        var command = new Command("sensitivity", "Rank scenario fields by their effect on outcomes: Morris elementary effects or Sobol' indices over a design of runs, with a report.")
        {
            fileArgument, output, threads, quiet, noReport,
        };
        command.SetAction(async parse =>
        {
            var quietValue = parse.GetValue(quiet);
            var file = parse.GetValue(fileArgument)!;
            var design = SensitivityFile.Read(file);
            using var folder = parse.GetValue(output) is { } requested
                ? RunFolder.Create(requested)
                : RunFolder.CreateFresh(Path.Combine("runs", $"sensitivity-{Path.GetFileNameWithoutExtension(file)}"));
            File.Copy(file, folder[DesignFile], overwrite: true);
            var total = design.RunCount;
            var workers = Math.Max(1, Math.Min(parse.GetValue(threads), total));
            var clock = Stopwatch.StartNew();
            if (!quietValue)
            {
                var how = design.Method == SensitivityMethod.Morris
                    ? $"Morris, {design.Trajectories} trajectories on {design.Levels} levels"
                    : $"Sobol', {design.Samples} base samples";
                console.WriteLine($"Sensitivity of {design.Outcomes.Count} outcomes to {design.Factors.Count} factors of {design.Runs.ScenarioName} ({how}): {design.Runs.Points.Count} points x {design.Runs.Replications} replications of {design.Runs.RunYears} years = {total} runs, {workers} at a time, into {folder.Path}");
            }

            var runs = await RunAsync(console, design, workers, quietValue, clock, interruption.Token).ConfigureAwait(false);
            var elapsed = clock.Elapsed;
            var analysis = SensitivityAnalysis.Of(design, runs);
            await Write(folder, analysis, file, interruption.Token).ConfigureAwait(false);
            if (!quietValue)
            {
                Print(console, analysis);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{total} runs of {design.Runs.RunYears} years in {elapsed.TotalSeconds:F1} s ({total / Math.Max(elapsed.TotalMinutes, 1e-9):F1} runs a minute, {workers} at a time). Files: {folder.Path}"));
            }

            ReportCommand.After(console, folder.Path, parse.GetValue(noReport), quietValue);

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Every run's outcomes, in run id order whatever order the runs finish in.</summary>
    private static async Task<double[][]> RunAsync(IAnsiConsole console, SensitivityDesign design, int workers, bool quiet, Stopwatch clock, CancellationToken cancellation)
    {
        var total = design.RunCount;
        double[] Collect(int run, Simulation simulation) => [.. design.Outcomes.Select(o => o.Measure(simulation))];
        return await RunProgress.RunAsync(console, quiet, total, clock,
            finished => Ensemble.Run(total, design.Runs.ScenarioOf, workers, Collect, finished, cancellation)).ConfigureAwait(false);
    }

    private static async Task Write(RunFolder folder, SensitivityAnalysis analysis, string file, CancellationToken cancellation)
    {
        var design = analysis.Design;
        Westphalia.Metrics.Table[] tables = [SensitivityTables.Runs(analysis), SensitivityTables.Indices(analysis)];
        foreach (var table in tables)
        {
            await TableFiles.WriteAsync(folder.Path, table, cancellation).ConfigureAwait(false);
        }

        var name = $"sensitivity-{Path.GetFileNameWithoutExtension(file)}".ToLowerInvariant();
        var title = $"westphalia sensitivity {Path.GetFileName(file)}";
        AtomicFile.Write(folder[DataPackageWriter.FileName], s => DataPackageWriter.Write(s, DataPackageName(name), title, tables, (t, c) => SensitivityTables.Describe(analysis, t, c) is { } d ? new ColumnDocumentation(d) : null));
        AtomicFile.WriteText(folder[ReportFile], SensitivityReport.Markdown(analysis, title));

        var morris = design.Method == SensitivityMethod.Morris;
        var description = new JsonObject
        {
            ["program"] = "westphalia",
            ["version"] = ProgramInfo.Version,
            ["design_sha256"] = design.Hash,
            ["sweep_sha256"] = design.Runs.Hash,
            ["design_file"] = DesignFile,
            ["scenario_name"] = design.Runs.ScenarioName,
            ["years"] = design.Runs.RunYears,
            ["method"] = morris ? "morris" : "sobol",
            ["trajectories"] = morris ? design.Trajectories : null,
            ["levels"] = morris ? design.Levels : null,
            ["delta"] = morris ? Morris.Delta(design.Levels) : null,
            ["samples"] = morris ? null : design.Samples,
            ["sequence"] = morris ? null : "sobol, Joe-Kuo new-joe-kuo-6.21201 direction numbers, unscrambled, from point 0",
            ["seed"] = design.Seed,
            ["replications"] = design.Runs.Replications,
            ["replications_combined"] = "mean of the outcomes over a point's seeds, before the indices",
            ["points"] = design.Runs.Points.Count,
            ["runs"] = design.RunCount,
            ["bootstrap_resamples"] = morris ? Morris.Resamples : Saltelli.Resamples,
            ["confidence_level"] = 0.95,
            ["set"] = new JsonArray([.. design.Runs.Set.Select(s => (JsonNode)JsonValue.Create(s))]),
            ["factors"] = new JsonArray([.. design.Factors.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["min"] = f.Min,
                ["max"] = f.Max,
                ["integer"] = f.Integer,
            })]),
            ["outcomes"] = new JsonArray([.. design.Outcomes.Select(o => (JsonNode)new JsonObject
            {
                ["name"] = o.Name,
                ["label"] = o.Label,
                ["level"] = o.Level,
                ["unit"] = o.Unit,
            })]),
        };
        AtomicFile.WriteText(folder[DescriptionFile], description.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>A data package's name: lower-case letters, digits, '-', '_' and '.' only.</summary>
    private static string DataPackageName(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]);

    /// <summary>Per outcome, the factors by rank with the method's indices, and the reading beneath.</summary>
    private static void Print(IAnsiConsole console, SensitivityAnalysis analysis)
    {
        var morris = analysis.Design.Method == SensitivityMethod.Morris;
        foreach (var outcome in analysis.Design.Outcomes)
        {
            var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{outcome.Label} ({outcome.Unit})"));
            table.AddColumn(new TableColumn("rank").RightAligned());
            table.AddColumn("factor");
            if (morris)
            {
                table.AddColumn(new TableColumn(Markup.Escape("μ* [95% interval]")).RightAligned());
                table.AddColumn(new TableColumn("μ").RightAligned());
                table.AddColumn(new TableColumn("σ").RightAligned());
            }
            else
            {
                table.AddColumn(new TableColumn(Markup.Escape("ST [95% interval]")).RightAligned());
                table.AddColumn(new TableColumn(Markup.Escape("S1 [95% interval]")).RightAligned());
            }

            foreach (var i in analysis.Ranking(outcome))
            {
                var factor = Markup.Escape(i.Factor.Path) + (analysis.IsNegligible(i) ? " [dim](no measurable effect)[/]" : "");
                string[] cells = i.Morris is { } m
                    ? [Cell(m.MuStar, m.MuStarLow, m.MuStarHigh), SensitivityAnalysis.Format(m.Mu), SensitivityAnalysis.Format(m.Sigma)]
                    : [Cell(i.Sobol!.ST, i.Sobol.STLow, i.Sobol.STHigh), Cell(i.Sobol.S1, i.Sobol.S1Low, i.Sobol.S1High)];
                table.AddRow([i.Rank.ToString(CultureInfo.InvariantCulture), factor, .. cells.Select(Markup.Escape)]);
            }

            table.Caption(Markup.Escape(analysis.Reading(outcome)));
            console.Write(table);
        }
    }

    private static string Cell(double value, double low, double high) =>
        $"{SensitivityAnalysis.Format(value)} [{SensitivityAnalysis.Format(low)}, {SensitivityAnalysis.Format(high)}]";
}
