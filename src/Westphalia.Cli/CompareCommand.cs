using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Westphalia.Doctrines;
using Westphalia.Laboratory;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia compare SCENARIO</c>: arms (the four paradigms by default, or doctrines named with <c>--arms</c>, or an
/// arm file) on the same seeds, on all cores, and the state-level and individual-level outcomes side by side with
/// their 95% confidence intervals, printed and written to a folder.
/// </summary>
internal static class CompareCommand
{
    public const string RunsFile = "runs";
    public const string ComparisonFile = "comparison";
    public const string DescriptionFile = "compare.json";

    /// <summary>At most this many seeds per arm.</summary>
    private const int MaxSeeds = 10_000;

    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var scenarioArgument = new Argument<string>("SCENARIO")
        {
            Description = "A built-in scenario name or a scenario file (default: the built-in 'default').",
            DefaultValueFactory = _ => ScenarioCatalog.DefaultName,
            Validators = { Cli.NotAnOption },
        };
        var armsOption = new Option<string?>("--arms")
        {
            Description = "The arms: doctrines separated by commas (every state under each in turn), or a YAML file of arms (docs/LABORATORY.md). Default: realist,human-security,human-development,collective-security.",
        };
        var seeds = new Option<int>("--seeds")
        {
            Description = "Seeds per arm, 1 to N; every arm runs on the same seeds (default 20).",
            DefaultValueFactory = _ => 20,
            CustomParser = r => Cli.WholeNumber(r, 2, MaxSeeds, "--seeds", $"from 2 to {MaxSeeds}"),
        };
        var years = new Option<int?>("--years")
        {
            Description = "Length of every run in years (overrides the scenario's).",
            CustomParser = r => Cli.WholeNumber(r, 1, 9999, "--years", "from 1 to 9999"),
        };
        var set = new Option<string[]>("--set") { Description = "Change a scenario field in every arm (repeatable), path=value." };
        var output = new Option<string?>("--out") { Description = "Folder to create (default: runs/compare-NAME, numbered -2, -3, ... when taken)." };
        var threads = Cli.ThreadsOption();
        threads.Description = "Runs at a time, each on one thread (results do not depend on it).";
        var quiet = Cli.QuietOption();
        var plugins = Cli.PluginOption();
        var noReport = Cli.NoReportOption();
        var command = new Command("compare", "Compare arms (doctrines, or mixes from a file) over the same seeds: state and individual security side by side, with a report.")
        {
            scenarioArgument, armsOption, seeds, years, set, output, threads, quiet, plugins, noReport,
        };
        command.SetAction(async parse =>
        {
            var quietValue = parse.GetValue(quiet);
            Plugins.Load(parse.GetValue(plugins) ?? []);
            var arms = Arms(parse.GetValue(armsOption));
            var seedList = Enumerable.Range(1, parse.GetValue(seeds)).Select(i => (ulong)i).ToArray();
            var common = new List<string>(parse.GetValue(set) ?? []);
            if (parse.GetValue(years) is { } y)
            {
                common.Add($"years={y.ToString(CultureInfo.InvariantCulture)}");
            }

            var scenarioName = parse.GetValue(scenarioArgument)!;
            var scenarios = Comparison.Scenarios(scenarioName, arms, seedList, common);
            var name = scenarios[0].Name;
            using var folder = parse.GetValue(output) is { } requested
                ? RunFolder.Create(requested)
                : RunFolder.CreateFresh(Path.Combine("runs", $"compare-{name}"));
            var clock = Stopwatch.StartNew();
            var total = scenarios.Count;
            var workers = Math.Min(parse.GetValue(threads), total);
            if (!quietValue)
            {
                console.WriteLine($"Comparing {arms.Count} arms x {seedList.Length} seeds of {name} ({scenarios[0].Years} years each), {workers} runs at a time, into {folder.Path}");
            }

            var comparison = await RunProgress.RunAsync(console, quietValue, total, clock,
                finished => Comparison.Run(scenarioName, arms, seedList, common, workers, finished, interruption.Token)).ConfigureAwait(false);
            var elapsed = clock.Elapsed;
            await Write(folder, comparison, scenarios[0], $"compare-{comparison.Scenario}", $"westphalia compare {comparison.Scenario}", interruption.Token).ConfigureAwait(false);
            if (!quietValue)
            {
                Print(console, comparison);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{total} runs of {scenarios[0].Years} years in {elapsed.TotalSeconds:F1} s ({total / elapsed.TotalMinutes:F1} runs a minute, {workers} at a time). Files: {folder.Path}"));
            }

            ReportCommand.After(console, folder.Path, parse.GetValue(noReport), quietValue);

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The arms from <c>--arms</c>: a YAML file when one exists by that name, else doctrine names.</summary>
    private static IReadOnlyList<Arm> Arms(string? value)
    {
        if (value is null)
        {
            return Arm.Paradigms;
        }

        if (File.Exists(value) || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return ArmFile.Read(value);
        }

        var names = value.Split(',', StringSplitOptions.TrimEntries);
        foreach (var n in names)
        {
            if (!DoctrineCatalog.Names.Contains(n))
            {
                throw new UserError($"--arms: '{Cli.Quote(n)}' is neither a doctrine ({string.Join(", ", DoctrineCatalog.Names)}) nor an arm file");
            }
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new UserError("--arms: a doctrine is named twice");
        }

        return [.. names.Select(Arm.Paradigm)];
    }

    /// <summary>
    /// Writes a comparison's tables (runs, comparison, series, war sizes), their data package and compare.json; an
    /// experiment writes the same under its own name and title.
    /// </summary>
    internal static async Task Write(RunFolder folder, Comparison comparison, Scenario first, string name, string title, CancellationToken cancellation)
    {
        Westphalia.Metrics.Table[] tables = [ComparisonTables.Runs(comparison), ComparisonTables.Summary(comparison), ComparisonTables.Series(comparison), ComparisonTables.WarSizes(comparison)];
        foreach (var table in tables)
        {
            await TableFiles.WriteAsync(folder.Path, table, cancellation).ConfigureAwait(false);
        }

        AtomicFile.Write(folder[DataPackageWriter.FileName], s => DataPackageWriter.Write(s, name, title, tables, (t, c) => ComparisonTables.Describe(comparison, t, c)));

        var description = new JsonObject
        {
            ["program"] = "westphalia",
            ["version"] = ProgramInfo.Version,
            ["scenario_name"] = comparison.Scenario,
            ["years"] = first.Years,
            ["seeds"] = new JsonArray([.. comparison.Seeds.Select(s => (JsonNode)JsonValue.Create(s))]),
            ["arms"] = new JsonArray([.. comparison.Arms.Select(a => (JsonNode)new JsonObject
            {
                ["name"] = a.Name,
                ["set"] = new JsonArray([.. a.Overrides.Select(o => (JsonNode)JsonValue.Create(o))]),
            })]),
            ["confidence_level"] = Interval.Level,
            ["outcomes"] = new JsonArray([.. comparison.Outcomes.Select(o => (JsonNode)new JsonObject
            {
                ["name"] = o.Name,
                ["label"] = o.Label,
                ["level"] = o.Level,
                ["unit"] = o.Unit,
            })]),
        };
        AtomicFile.WriteText(folder[DescriptionFile], description.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>The outcomes as rows, grouped by level, and the arms as columns: mean [95% interval].</summary>
    private static void Print(IAnsiConsole console, Comparison comparison)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{comparison.Scenario}: {comparison.Seeds.Count} seeds per arm, mean [95% confidence interval]"));
        table.AddColumn("outcome");
        foreach (var arm in comparison.Arms)
        {
            table.AddColumn(new TableColumn(Markup.Escape(arm.Name)).RightAligned());
        }

        foreach (var level in new[] { Outcomes.StateLevel, Outcomes.IndividualLevel })
        {
            table.AddRow(new Markup($"[bold]{(level == Outcomes.StateLevel ? "state security" : "human security (individuals)")}[/]"));
            foreach (var outcome in Outcomes.All.Where(o => o.Level == level))
            {
                var cells = new List<string> { Markup.Escape(outcome.Label) };
                cells.AddRange(comparison.Arms.Select(arm => Markup.Escape(Format(comparison.Summary(arm.Name, outcome)))));
                table.AddRow([.. cells]);
            }
        }

        table.Caption("State-level outcomes are over the whole run, individual-level ones the world's in the last year; units in comparison.csv and docs/LABORATORY.md.");
        console.Write(table);
    }

    private static string Format(Interval interval)
    {
        var magnitude = Math.Max(Math.Abs(interval.Mean), Math.Abs(interval.High));
        var format = magnitude >= 1000 ? "N0" : magnitude >= 10 ? "F1" : magnitude >= 1 ? "F2" : "F3";
        string F(double v) => double.IsNaN(v) ? "–" : v.ToString(format, CultureInfo.InvariantCulture);
        return $"{F(interval.Mean)} [{F(interval.Low)}, {F(interval.High)}]";
    }
}
