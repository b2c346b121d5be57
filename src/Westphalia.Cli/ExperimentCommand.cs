using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Westphalia.Laboratory;
using Westphalia.Metrics;

namespace Westphalia.Cli;

/// <summary><c>westphalia experiment list</c> and <c>westphalia experiment NAME</c>: the seeds' claims run as paired comparisons, each with its report.</summary>
internal static class ExperimentCommand
{
    public const string ReportFile = "report.md";
    public const string DescriptionFile = "experiment.json";

    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var command = new Command("experiment", "Run one of the seeds' claims as an experiment, with its report (docs/LABORATORY.md).");
        var list = new Command("list", "List the named experiments.");
        list.SetAction(_ =>
        {
            var table = new Spectre.Console.Table().Border(TableBorder.Rounded);
            table.AddColumn("name");
            table.AddColumn("claim");
            foreach (var e in Experiments.All)
            {
                table.AddRow(Markup.Escape(e.Name), Markup.Escape(e.Claim));
            }

            table.AddRow(Markup.Escape(StateAndCitizens.Name), Markup.Escape(StateAndCitizens.Claim));

            console.Write(table);
            return ExitCodes.Success;
        });
        command.Add(list);

        var name = new Argument<string>("NAME") { Description = "The experiment (see 'experiment list').", Validators = { Cli.NotAnOption } };
        var seeds = new Option<int?>("--seeds")
        {
            Description = "Seeds per arm (default: the experiment's).",
            CustomParser = r => Cli.WholeNumber(r, 2, 10_000, "--seeds", "from 2 to 10000"),
        };
        var years = new Option<int?>("--years")
        {
            Description = "Length of every run in years (default: the scenario's).",
            CustomParser = r => Cli.WholeNumber(r, 1, 9999, "--years", "from 1 to 9999"),
        };
        var output = new Option<string?>("--out") { Description = "Folder to create (default: runs/experiment-NAME, numbered when taken)." };
        var threads = Cli.ThreadsOption();
        threads.Description = "Runs at a time, each on one thread (results do not depend on it).";
        var quiet = Cli.QuietOption();
        var noReport = Cli.NoReportOption();
        command.Add(name);
        command.Add(noReport);
        command.Add(seeds);
        command.Add(years);
        command.Add(output);
        command.Add(threads);
        command.Add(quiet);
        command.SetAction(async parse =>
        {
            var requestedName = parse.GetValue(name)!;
            if (requestedName == StateAndCitizens.Name)
            {
                return await StatesAndCitizens(console, parse.GetValue(seeds), parse.GetValue(years), parse.GetValue(output), parse.GetValue(threads), parse.GetValue(quiet), !parse.GetValue(noReport), interruption).ConfigureAwait(false);
            }

            var experiment = Experiments.Named(requestedName)
                ?? throw new UserError($"no experiment is named '{Cli.Quote(requestedName)}'; the experiments are {string.Join(", ", Experiments.All.Select(e => e.Name).Append(StateAndCitizens.Name))}");
            var seedList = Enumerable.Range(1, parse.GetValue(seeds) ?? experiment.Seeds).Select(i => (ulong)i).ToArray();
            var common = new List<string>(experiment.Common);
            if (parse.GetValue(years) is { } y)
            {
                common.Add($"years={y.ToString(CultureInfo.InvariantCulture)}");
            }

            Arm[] arms = [experiment.Baseline, experiment.Treatment];
            var first = Comparison.Scenarios(experiment.Scenario, arms, [seedList[0]], common)[0];
            using var folder = parse.GetValue(output) is { } requested
                ? RunFolder.Create(requested)
                : RunFolder.CreateFresh(Path.Combine("runs", $"experiment-{experiment.Name}"));
            var quietValue = parse.GetValue(quiet);
            if (!quietValue)
            {
                console.WriteLine($"{experiment.Title}: {arms.Length} arms x {seedList.Length} seeds of {experiment.Scenario}, into {folder.Path}");
            }

            var clock = Stopwatch.StartNew();
            var total = arms.Length * seedList.Length;
            var comparison = Comparison.Run(experiment.Scenario, arms, seedList, common, experiment.Outcomes, parse.GetValue(threads), n =>
            {
                if (!quietValue && (n == total || n % Math.Max(1, total / 10) == 0))
                {
                    console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n}/{total} runs, {clock.Elapsed.TotalSeconds:F0} s"));
                }
            }, interruption.Token);
            var result = new ExperimentResult(experiment, comparison);
            await CompareCommand.Write(folder, comparison, first, $"experiment-{experiment.Name}", experiment.Title, interruption.Token).ConfigureAwait(false);
            var deciding = result.Deciding;
            var description = new JsonObject
            {
                ["name"] = experiment.Name,
                ["title"] = experiment.Title,
                ["claim"] = experiment.Claim,
                ["source"] = experiment.Source,
                ["scenario"] = experiment.Scenario,
                ["baseline"] = experiment.Baseline.Name,
                ["treatment"] = experiment.Treatment.Name,
                ["deciding_outcome"] = experiment.Outcomes[0].Name,
                ["predicted_sign"] = experiment.Predicted,
                ["difference"] = new JsonObject { ["mean"] = Number(deciding.Mean), ["ci_low"] = Number(deciding.Low), ["ci_high"] = Number(deciding.High), ["runs"] = deciding.N },
                ["verdict"] = result.Verdict,
                ["conclusion"] = result.Conclusion,
                ["caveat"] = experiment.Caveat,
            };
            AtomicFile.WriteText(folder[DescriptionFile], description.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            AtomicFile.WriteText(folder[ReportFile], ExperimentReport.Markdown(result));
            if (!quietValue)
            {
                console.WriteLine(result.Conclusion);
                console.WriteLine($"Report: {folder[ReportFile]}");
            }

            ReportCommand.After(console, folder.Path, parse.GetValue(noReport), quietValue);

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The state-and-citizens experiment: every state of the initial map in every run of the default scenario as a case.</summary>
    private static async Task<int> StatesAndCitizens(IAnsiConsole console, int? seeds, int? years, string? output, int threads, bool quiet, bool writeReport, Interruption interruption)
    {
        var common = years is { } y ? new[] { $"years={y.ToString(CultureInfo.InvariantCulture)}" } : [];
        var count = seeds ?? StateAndCitizens.DefaultSeeds;
        _ = Westphalia.Scenarios.ScenarioLoader.Load(Westphalia.Scenarios.ScenarioCatalog.DefaultName, common);
        using var folder = output is { } requested ? RunFolder.Create(requested) : RunFolder.CreateFresh(Path.Combine("runs", $"experiment-{StateAndCitizens.Name}"));
        if (!quiet)
        {
            console.WriteLine($"{StateAndCitizens.Title}: {count} runs of {Westphalia.Scenarios.ScenarioCatalog.DefaultName}, into {folder.Path}");
        }

        var cases = StateAndCitizens.Run(Westphalia.Scenarios.ScenarioCatalog.DefaultName, count, common, threads, null, interruption.Token);
        var table = new Westphalia.Metrics.Table(
            "states",
            [("seed", ColumnKind.Long), ("state", ColumnKind.Text), ("secure", ColumnKind.Bool), ("territory_kept", ColumnKind.Double), ("attacked", ColumnKind.Bool), ("hsi", ColumnKind.Double), ("freedom_from_fear", ColumnKind.Double), ("freedom_from_want", ColumnKind.Double)],
            nullable: ["hsi", "freedom_from_fear", "freedom_from_want"]);
        static double? Value(double x) => double.IsNaN(x) ? null : x;
        foreach (var c in cases)
        {
            table["seed"].Longs.Add((long)c.Seed);
            table["state"].Texts.Add(c.State);
            table["secure"].Bools.Add(c.Secure);
            table["territory_kept"].Doubles.Add(c.TerritoryKept);
            table["attacked"].Bools.Add(c.Attacked);
            table["hsi"].Add(Value(c.Hsi));
            table["freedom_from_fear"].Add(Value(c.FreedomFromFear));
            table["freedom_from_want"].Add(Value(c.FreedomFromWant));
        }

        await TableFiles.WriteAsync(folder.Path, table, interruption.Token).ConfigureAwait(false);
        AtomicFile.Write(folder[DataPackageWriter.FileName], s => DataPackageWriter.Write(s, $"experiment-{StateAndCitizens.Name}", StateAndCitizens.Title, [table], (_, c) => StatesAndCitizensColumn(c.Name)));
        var interval = StateAndCitizens.Bootstrap(cases);
        var report = StateAndCitizens.Report(Westphalia.Scenarios.ScenarioCatalog.DefaultName, cases, interval);
        AtomicFile.WriteText(folder[ReportFile], report);
        var conclusion = report.Split('\n').First(l => l.StartsWith("**Conclusion", StringComparison.Ordinal)).Trim();
        var description = new JsonObject
        {
            ["name"] = StateAndCitizens.Name,
            ["title"] = StateAndCitizens.Title,
            ["claim"] = StateAndCitizens.Claim,
            ["source"] = "The seed texts: the state-centric view that securing the state secures its people, against the human-security view that a secure state can leave its people insecure (UNDP 1994; Commission on Human Security 2003).",
            ["scenario"] = Westphalia.Scenarios.ScenarioCatalog.DefaultName,
            ["runs"] = interval.N,
            ["cases"] = cases.Count,
            ["difference"] = new JsonObject { ["mean"] = Number(interval.Mean), ["ci_low"] = Number(interval.Low), ["ci_high"] = Number(interval.High), ["replicates"] = StateAndCitizens.Replicates },
            ["verdict"] = ExperimentResult.Judge(interval, +1),
            ["conclusion"] = conclusion[(conclusion.IndexOf(".**", StringComparison.Ordinal) + 3)..].Trim(),
        };
        AtomicFile.WriteText(folder[DescriptionFile], description.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        if (!quiet)
        {
            console.WriteLine(conclusion);
            console.WriteLine($"Report: {folder[ReportFile]}");
        }

        ReportCommand.After(console, folder.Path, !writeReport, quiet);

        return ExitCodes.Success;
    }

    /// <summary>A number for JSON: null where there is none (an interval of too few runs).</summary>
    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>What a column of the state-and-citizens experiment's table holds, for the data package.</summary>
    private static ColumnDocumentation? StatesAndCitizensColumn(string column) => column switch
    {
        "seed" => new("the run's seed"),
        "state" => new("the state's name on the initial map"),
        "secure" => new("state security maintained: the state is alive at the end, kept its territory and was never attacked"),
        "territory_kept" => new("the state's regions at the end as a share of its regions at the start", "share"),
        "attacked" => new("whether the state was attacked in an interstate war"),
        "hsi" => new("the Human Security Index of the state's people at the end (docs/OUTPUTS.md, states.csv); null if the state died", "index in [0, 1]"),
        "freedom_from_fear" => new("the state's freedom-from-fear pillar at the end; null if the state died", "index in [0, 1]"),
        "freedom_from_want" => new("the state's freedom-from-want pillar at the end; null if the state died", "index in [0, 1]"),
        _ => null,
    };
}
