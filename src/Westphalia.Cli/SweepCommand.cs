using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Westphalia.Laboratory;
using Westphalia.Metrics;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia sweep FILE</c>: a design over scenario fields (docs/LABORATORY.md, "Sweeps"), every point on the seeds 1
/// to its replications, on all cores, into one tidy table of every run's world series. Each finished run is kept at
/// once, so a sweep stopped for any reason continues where it stopped when run again with the same <c>--out</c>;
/// <c>--shard i/n</c> runs a share of the runs, for <c>westphalia merge</c> to join.
/// </summary>
internal static class SweepCommand
{
    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var fileArgument = new Argument<string>("FILE")
        {
            Description = "The sweep design (YAML; docs/LABORATORY.md).",
            Validators = { Cli.NotAnOption },
        };
        var output = new Option<string?>("--out")
        {
            Description = "Folder to create, or the folder of this sweep to continue (default: runs/sweep-NAME, numbered -2, -3, ... when taken).",
        };
        var shardOption = new Option<string?>("--shard") { Description = "Run only shard i of n (1 <= i <= n): the runs whose id modulo n is i - 1." };
        var runFolders = new Option<bool>("--runs") { Description = "Also keep every run's full outputs, as 'westphalia run' writes them, in runs/run-NNNNNN/." };
        var threads = Cli.ThreadsOption();
        threads.Description = "Runs at a time, each on one thread (results do not depend on it).";
        var quiet = Cli.QuietOption();
        var command = new Command("sweep", "Run a design over scenario fields (full factorial or Latin hypercube) with replications: one table of every run's world series.")
        {
            fileArgument, output, shardOption, runFolders, threads, quiet,
        };
        command.SetAction(async parse =>
        {
            var quietValue = parse.GetValue(quiet);
            var (shard, shards) = Shard(parse.GetValue(shardOption));
            var file = parse.GetValue(fileArgument)!;
            var design = SweepFile.Read(file);
            var description = SweepFolder.Description(design, shard, shards);
            var baseName = $"sweep-{Path.GetFileNameWithoutExtension(file)}" + (shards == 1 ? "" : $"-shard{shard}of{shards}");
            using var folder = parse.GetValue(output) is { } requested
                ? RunFolder.CreateOrContinue(requested, SweepFolder.DescriptionFile)
                : RunFolder.CreateFresh(Path.Combine("runs", baseName));
            var continuing = File.Exists(folder[SweepFolder.DescriptionFile]);
            if (continuing)
            {
                var before = SweepFolder.ReadDescription(folder.Path);
                if (SweepFolder.Text(before, "design_sha256") != design.Hash || SweepFolder.Text(before, "version") != ProgramInfo.Version)
                {
                    throw new UserError($"--out {folder.Path}: the folder holds another sweep (a different design, scenario or program version); choose a new folder");
                }

                if (before["shard"]?.ToJsonString() != description["shard"]?.ToJsonString())
                {
                    throw new UserError($"--out {folder.Path}: the folder holds {(before["shard"] is null ? "the whole sweep" : $"shard {before["shard"]!["index"]}/{before["shard"]!["count"]}")}; give the same --shard or choose a new folder");
                }
            }
            else
            {
                Directory.CreateDirectory(folder[SweepFolder.RunsFolder]);
                File.Copy(file, folder[SweepFolder.DesignFile], overwrite: true);
                SweepFolder.WriteDescription(folder.Path, description);
            }

            var keepRuns = parse.GetValue(runFolders);
            var finished = SweepFolder.FinishedRuns(folder.Path, design.RunCount, removeBroken: true, withFolders: keepRuns);
            var mine = Enumerable.Range(0, design.RunCount).Where(r => r % shards == shard - 1).ToArray();
            var todo = mine.Where(r => !finished.ContainsKey(r)).ToArray();
            var clock = Stopwatch.StartNew();
            var workers = Math.Max(1, Math.Min(parse.GetValue(threads), todo.Length));
            if (!quietValue)
            {
                var part = shards == 1 ? "" : $", shard {shard}/{shards} ({mine.Length} runs)";
                var resumed = continuing ? $", {mine.Length - todo.Length} already done" : "";
                console.WriteLine($"Sweeping {design.Points.Count} design points x {design.Replications} replications of {design.ScenarioName} ({design.RunYears} years each){part}{resumed}: {todo.Length} runs to do, {workers} at a time, into {folder.Path}");
            }

            try
            {
                await RunAsync(console, design, todo, workers, folder.Path, keepRuns, quietValue, clock, interruption.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
            {
                if (!quietValue)
                {
                    var kept = SweepFolder.FinishedRuns(folder.Path, design.RunCount, removeBroken: false).Count;
                    console.WriteLine($"Stopped with {kept} finished runs kept; continue with: westphalia sweep {file} --out {folder.Path}{(shards == 1 ? "" : $" --shard {shard}/{shards}")}{(keepRuns ? " --runs" : "")}");
                }

                throw;
            }

            var elapsed = clock.Elapsed;
            var all = SweepFolder.FinishedRuns(folder.Path, design.RunCount, removeBroken: false);
            if (shards == 1)
            {
                await SweepFolder.WriteTablesAsync(folder.Path, all.Values, description, interruption.Token).ConfigureAwait(false);
            }

            if (!quietValue)
            {
                var rate = todo.Length > 0 && elapsed.TotalMinutes > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({todo.Length / elapsed.TotalMinutes:F1} runs a minute, {workers} at a time)") : "";
                var what = shards == 1 ? $"Files: {folder[SweepTables.Name + ".csv"]}, {SweepTables.Name}.parquet" : "Join the shards with: westphalia merge DIR... --out DIR";
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{todo.Length} runs of {design.RunYears} years in {elapsed.TotalSeconds:F1} s{rate}. {what}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task RunAsync(IAnsiConsole console, SweepDesign design, int[] todo, int workers, string folder, bool keepRuns, bool quiet, Stopwatch clock, CancellationToken cancellation)
    {
        int Collect(int i, Simulation simulation)
        {
            if (keepRuns)
            {
                // The run's folder first, then its record: a run with a record has a complete folder.
                SweepFolder.WriteRunFolderAsync(folder, todo[i], simulation, cancellation).GetAwaiter().GetResult();
            }

            var rows = SweepTables.RunRows(design, todo[i], simulation);
            AtomicFile.Write(SweepFolder.RunFile(folder, todo[i]), s => TableCodec.Write(rows, s));
            return rows.RowCount;
        }

        await RunProgress.RunAsync(console, quiet, todo.Length, clock,
            finished => Ensemble.Run(todo.Length, i => design.ScenarioOf(todo[i]), workers, Collect, finished, cancellation)).ConfigureAwait(false);
    }

    /// <summary>Parses <c>--shard i/n</c>: 1 ≤ i ≤ n ≤ 10,000; none is 1/1.</summary>
    private static (int Index, int Count) Shard(string? value)
    {
        if (value is null)
        {
            return (1, 1);
        }

        var parts = value.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n is >= 1 and <= 10_000 && i >= 1 && i <= n)
        {
            return (i, n);
        }

        throw new UserError($"--shard {Cli.Quote(value)}: give i/n with 1 <= i <= n <= 10000, e.g. --shard 2/3");
    }
}
