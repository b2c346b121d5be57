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
/// <c>westphalia calibrate FILE</c>: fits the declared parameters to the calibration targets on the calibration seeds
/// (docs/VALIDATION.md, "Calibration as a procedure") and writes the fitted values with their fit.
/// </summary>
internal static class CalibrateCommand
{
    public const string DescriptionFile = "calibration.json";
    public const string DesignFile = "design.yaml";

    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var fileArgument = new Argument<string>("FILE") { Description = "The calibration (YAML; docs/VALIDATION.md).", Validators = { Cli.NotAnOption } };
        var output = new Option<string?>("--out") { Description = "Folder to create (default: runs/calibrate-NAME, numbered -2, -3, ... when taken)." };
        var threads = Cli.ThreadsOption();
        threads.Description = "Runs at a time, each on one thread (results do not depend on it).";
        var quiet = Cli.QuietOption();
        var command = new Command("calibrate", "Fit declared parameters to calibration targets on the calibration seeds (Nelder-Mead over the runs' averages).")
        {
            fileArgument, output, threads, quiet,
        };
        command.SetAction(async parse =>
        {
            var quietValue = parse.GetValue(quiet);
            var file = parse.GetValue(fileArgument)!;
            var design = CalibrationFile.Read(file);
            using var folder = parse.GetValue(output) is { } requested
                ? RunFolder.Create(requested)
                : RunFolder.CreateFresh(Path.Combine("runs", $"calibrate-{Path.GetFileNameWithoutExtension(file)}"));
            File.Copy(file, folder[DesignFile], overwrite: true);
            var clock = Stopwatch.StartNew();
            if (!quietValue)
            {
                console.WriteLine($"Calibrating {design.Parameters.Count} parameters of {Path.GetFileName(design.ScenarioName)} to {design.Targets.Count} targets on seeds 1 to {design.Seeds}, at most {design.Evaluations} evaluations, into {folder.Path}");
            }

            var result = Calibration.Run(design, parse.GetValue(threads), e =>
            {
                if (!quietValue)
                {
                    console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Index + 1}/{design.Evaluations}: objective {e.Objective:G4}, {clock.Elapsed.TotalSeconds:F0} s"));
                }
            }, interruption.Token);
            await Write(folder, result, interruption.Token).ConfigureAwait(false);
            if (!quietValue)
            {
                Print(console, result);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Evaluations.Count} evaluations in {clock.Elapsed.TotalSeconds:F1} s ({result.Stop}). Files: {folder.Path}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task Write(RunFolder folder, CalibrationResult result, CancellationToken cancellation)
    {
        var design = result.Design;
        var table = new Westphalia.Metrics.Table("evaluations",
        [
            ("evaluation", ColumnKind.Int),
            .. design.Parameters.Select(p => (p.Path, ColumnKind.Double)),
            .. design.Targets.Select((t, i) => ($"target_{i + 1}", ColumnKind.Double)),
            ("objective", ColumnKind.Double),
        ]);
        foreach (var e in result.Evaluations)
        {
            table["evaluation"].Ints.Add(e.Index);
            for (var i = 0; i < design.Parameters.Count; i++)
            {
                table[design.Parameters[i].Path].Doubles.Add(e.Values[i]);
            }

            for (var i = 0; i < design.Targets.Count; i++)
            {
                table[$"target_{i + 1}"].Doubles.Add(e.Measures[i]);
            }

            table["objective"].Doubles.Add(e.Objective);
        }

        await TableFiles.WriteAsync(folder.Path, table, cancellation).ConfigureAwait(false);
        AtomicFile.Write(folder[DataPackageWriter.FileName], s => DataPackageWriter.Write(s, "calibration", "westphalia calibrate", [table], (_, c) => c.Name switch
        {
            "evaluation" => new ColumnDocumentation("the evaluation's number, from 0 (the scenario's own values)"),
            "objective" => new ColumnDocumentation("the sum over targets of ((measure - published) / scale)^2"),
            var n when n.StartsWith("target_", StringComparison.Ordinal) => new ColumnDocumentation($"{design.Targets[int.Parse(n[7..], CultureInfo.InvariantCulture) - 1].Measure}, averaged over the calibration seeds"),
            var n => new ColumnDocumentation($"the value of the calibration parameter {n}"),
        }));

        var best = result.Best;
        var start = result.Start;
        var description = new JsonObject
        {
            ["program"] = "westphalia",
            ["version"] = ProgramInfo.Version,
            ["design_file"] = DesignFile,
            ["scenario"] = design.ScenarioName,
            ["set"] = new JsonArray([.. design.Set.Select(s => (JsonNode)JsonValue.Create(s))]),
            ["seeds"] = design.Seeds,
            ["search"] = $"Nelder-Mead simplex (MathNet.Numerics) over the parameters scaled to their ranges, from the scenario's values, initial step {Calibration.InitialStep}, tolerance {Calibration.Tolerance}",
            ["evaluations"] = result.Evaluations.Count,
            ["stop"] = result.Stop,
            ["objective_start"] = start.Objective,
            ["objective_fitted"] = best.Objective,
            ["parameters"] = new JsonArray([.. design.Parameters.Select((p, i) => (JsonNode)new JsonObject
            {
                ["path"] = p.Path,
                ["min"] = p.Min,
                ["max"] = p.Max,
                ["start"] = start.Values[i],
                ["fitted"] = best.Values[i],
                ["set"] = $"{p.Path}={CalibrationDesign.Format(p, best.Values[i])}",
            })]),
            ["targets"] = new JsonArray([.. design.Targets.Select((t, i) => (JsonNode)new JsonObject
            {
                ["measure"] = t.Measure.ToString(),
                ["published"] = t.Published,
                ["scale"] = t.Scale,
                ["source"] = t.Source,
                ["start"] = Finite(start.Measures[i]),
                ["fitted"] = Finite(best.Measures[i]),
            })]),
        };
        AtomicFile.WriteText(folder[DescriptionFile], description.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static JsonNode? Finite(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static void Print(IAnsiConsole console, CalibrationResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var parameters = new Spectre.Console.Table().Border(TableBorder.Rounded).Title("parameters").AddColumn("parameter").AddColumn("range").AddColumn(new TableColumn("start").RightAligned()).AddColumn(new TableColumn("fitted").RightAligned());
        for (var i = 0; i < result.Design.Parameters.Count; i++)
        {
            var p = result.Design.Parameters[i];
            parameters.AddRow(Markup.Escape(p.Path), string.Create(inv, $"{p.Min:G6} to {p.Max:G6}"), result.Start.Values[i].ToString("G6", inv), result.Best.Values[i].ToString("G6", inv));
        }

        console.Write(parameters);
        var targets = new Spectre.Console.Table().Border(TableBorder.Rounded).Title(string.Create(inv, $"targets (objective {result.Start.Objective:G4} -> {result.Best.Objective:G4})"))
            .AddColumn("measure").AddColumn(new TableColumn("published").RightAligned()).AddColumn(new TableColumn("start").RightAligned()).AddColumn(new TableColumn("fitted").RightAligned());
        for (var i = 0; i < result.Design.Targets.Count; i++)
        {
            var t = result.Design.Targets[i];
            targets.AddRow(Markup.Escape(t.Measure.ToString()), t.Published.ToString("G6", inv), result.Start.Measures[i].ToString("G6", inv), result.Best.Measures[i].ToString("G6", inv));
        }

        console.Write(targets);
    }
}
