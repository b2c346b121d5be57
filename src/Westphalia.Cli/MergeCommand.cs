using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia merge DIR... --out DIR</c>: joins the folders of a sweep's shards (or of any parts of one sweep) into
/// the <c>sweep.csv</c> and <c>sweep.parquet</c> the whole sweep writes, byte for byte: the same records, in run order,
/// through the same writers.
/// </summary>
internal static class MergeCommand
{
    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var folders = new Argument<string[]>("DIR") { Description = "The shard folders of one sweep.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder to create for the joined sweep.", Required = true };
        var quiet = Cli.QuietOption();
        var command = new Command("merge", "Join the shard folders of a sweep (westphalia sweep --shard i/n) into its sweep.csv and sweep.parquet.")
        {
            folders, output, quiet,
        };
        command.SetAction(async parse =>
        {
            var inputs = parse.GetValue(folders) ?? [];
            System.Text.Json.Nodes.JsonObject? first = null;
            var runs = new SortedDictionary<int, string>();
            foreach (var input in inputs)
            {
                if (!Directory.Exists(input))
                {
                    throw new UserError($"{input}: no such folder");
                }

                var description = SweepFolder.ReadDescription(input);
                if (first is null)
                {
                    first = description;
                }
                else if (SweepFolder.Text(description, "design_sha256") != SweepFolder.Text(first, "design_sha256")
                    || SweepFolder.Text(description, "version") != SweepFolder.Text(first, "version"))
                {
                    throw new UserError($"{input}: a shard of another sweep than {inputs[0]} (a different design, scenario or program version)");
                }

                foreach (var (run, file) in SweepFolder.FinishedRuns(input, SweepFolder.Whole(first, "runs"), removeBroken: false))
                {
                    runs.TryAdd(run, file);
                }
            }

            var total = SweepFolder.Whole(first!, "runs");
            var missing = Enumerable.Range(0, Math.Max(0, total)).Where(r => !runs.ContainsKey(r)).ToArray();
            if (missing.Length > 0)
            {
                throw new UserError(string.Create(CultureInfo.InvariantCulture,
                    $"{missing.Length} of the sweep's {total} runs are in none of the folders (run ids {string.Join(", ", missing.Take(10))}{(missing.Length > 10 ? ", ..." : "")}); finish the shards first"));
            }

            using var folder = RunFolder.Create(parse.GetValue(output)!);
            first!["shard"] = null;
            await SweepFolder.WriteTablesAsync(folder.Path, runs.Values, first, interruption.Token).ConfigureAwait(false);
            SweepFolder.WriteDescription(folder.Path, (System.Text.Json.Nodes.JsonObject)first.DeepClone());
            if (!parse.GetValue(quiet))
            {
                console.WriteLine($"{total} runs from {inputs.Length} folders joined. Files: {folder["sweep.csv"]}, sweep.parquet");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
