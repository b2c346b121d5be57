using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Westphalia.Laboratory;
using Westphalia.Metrics;
using Westphalia.Observers;

namespace Westphalia.Cli;

/// <summary>
/// What a sweep keeps in its folder: <c>sweep.json</c> (the design's hash, its runs and the shard), <c>design.yaml</c>
/// (the design file as it was), one record per finished run under <c>runs/</c> (<c>run-NNNNNN.bin</c>, a
/// <see cref="TableCodec"/> record written atomically as soon as the run ends), with <c>--runs</c> each run's full
/// outputs in a run folder beside its record (<c>run-NNNNNN/</c>, written before the record) and, once every run is
/// there, <c>sweep.csv</c>, <c>sweep.parquet</c> and <c>datapackage.json</c>.
/// </summary>
internal static class SweepFolder
{
    public const string DescriptionFile = "sweep.json";
    public const string DesignFile = "design.yaml";
    public const string RunsFolder = "runs";

    public static string RunFile(string folder, int run) =>
        Path.Combine(folder, RunsFolder, string.Create(CultureInfo.InvariantCulture, $"run-{run:D6}.bin"));

    /// <summary>The folder of a run's full outputs (<c>--runs</c>): <c>runs/run-NNNNNN/</c>, beside its record.</summary>
    public static string RunFolderPath(string folder, int run) =>
        Path.Combine(folder, RunsFolder, string.Create(CultureInfo.InvariantCulture, $"run-{run:D6}"));

    /// <summary>
    /// Writes a finished run's full outputs into its run folder as <c>westphalia run</c> does (the resolved scenario,
    /// the data files, the manifest last), first removing what an unfinished earlier attempt left there.
    /// </summary>
    public static async Task WriteRunFolderAsync(string folder, int run, Simulation simulation, CancellationToken cancellation)
    {
        var path = RunFolderPath(folder, run);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        using var runFolder = RunFolder.Create(path);
        runFolder.WriteStart(simulation.Scenario, new RunOptions(0));
        await runFolder.WriteOutputsAsync(simulation, cancellation).ConfigureAwait(false);
    }

    public static JsonObject Description(SweepDesign design, int shard, int shards) => new()
    {
        ["program"] = "westphalia",
        ["version"] = ProgramInfo.Version,
        ["design_sha256"] = design.Hash,
        ["scenario_name"] = design.ScenarioName,
        ["years"] = design.RunYears,
        ["design"] = design.Kind == SweepKind.FullFactorial ? "full-factorial" : "latin-hypercube",
        ["points"] = design.Points.Count,
        ["replications"] = design.Replications,
        ["runs"] = design.RunCount,
        ["factors"] = new JsonArray([.. design.Factors.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["kind"] = f.Kind.ToString().ToLowerInvariant() })]),
        ["shard"] = shards == 1 ? null : new JsonObject { ["index"] = shard, ["count"] = shards },
    };

    /// <summary>The description of an existing sweep folder, or a <see cref="UserError"/> saying why it is none.</summary>
    public static JsonObject ReadDescription(string folder)
    {
        var path = Path.Combine(folder, DescriptionFile);
        try
        {
            if (new FileInfo(path).Length > 1 << 20)
            {
                throw new UserError($"{path}: too large to be a sweep's description");
            }

            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new UserError($"{path}: not a sweep's description");
        }
        catch (JsonException)
        {
            throw new UserError($"{path}: not a sweep's description (not valid JSON)");
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw new UserError($"{folder}: not a sweep folder ({IoErrors.Describe(e)})");
        }
    }

    public static string Text(JsonObject description, string key) => description[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    public static int Whole(JsonObject description, string key) => description[key] is JsonValue v && v.TryGetValue<int>(out var n) ? n : -1;

    public static void WriteDescription(string folder, JsonObject description) =>
        AtomicFile.WriteText(Path.Combine(folder, DescriptionFile), description.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    /// <summary>
    /// The finished runs recorded in a folder. Temporary files of writes a stopped process did not finish are removed,
    /// and so is a record that does not read back whole (it runs again). With <paramref name="withFolders"/> a run is
    /// finished only when its run folder is complete too (it has its manifest); otherwise its record is removed and it
    /// runs again.
    /// </summary>
    public static SortedDictionary<int, string> FinishedRuns(string folder, int runs, bool removeBroken, bool withFolders = false)
    {
        var found = new SortedDictionary<int, string>();
        var directory = Path.Combine(folder, RunsFolder);
        if (!Directory.Exists(directory))
        {
            return found;
        }

        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            File.Delete(file);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "run-*.bin"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var run) || run >= runs)
            {
                continue;
            }

            try
            {
                var table = TableCodec.Read(File.ReadAllBytes(file));
                var folderComplete = !withFolders || File.Exists(Path.Combine(RunFolderPath(folder, run), RunFolder.ManifestFile));
                if (table.RowCount > 0 && table["run"].Ints[0] == run && folderComplete)
                {
                    found[run] = file;
                    continue;
                }
            }
            catch (Exception e) when (e is InvalidDataException or KeyNotFoundException or ArgumentException)
            {
            }

            if (removeBroken)
            {
                File.Delete(file);
            }
        }

        return found;
    }

    /// <summary>Writes <c>sweep.csv</c>, <c>sweep.parquet</c> and their <c>datapackage.json</c> from the runs' records, in run order.</summary>
    public static async Task WriteTablesAsync(string folder, IEnumerable<string> runFiles, JsonObject description, CancellationToken cancellation)
    {
        var table = SweepTables.Concatenate(runFiles.Select(f => TableCodec.Read(File.ReadAllBytes(f))));
        await TableFiles.WriteAsync(folder, table, cancellation, SweepTables.Name).ConfigureAwait(false);
        var scenario = Text(description, "scenario_name");
        var title = string.Create(CultureInfo.InvariantCulture, $"westphalia sweep of {scenario}: {Whole(description, "points")} design points x {Whole(description, "replications")} replications, {Whole(description, "years")} years each");
        AtomicFile.Write(Path.Combine(folder, DataPackageWriter.FileName), s => DataPackageWriter.Write(s, $"sweep-{DataPackageObserver.Slug(scenario)}", title, [table], (_, c) => SweepTables.Describe(c)));
    }
}
