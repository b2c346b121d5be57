using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Westphalia.Metrics;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Cli;

/// <summary>
/// A run folder: the resolved scenario, the run options, the latest checkpoint while running, the data files and,
/// written last, the manifest whose presence marks a complete run.
/// </summary>
public sealed class RunFolder(string path)
{
    public const string ScenarioFile = "scenario.yaml";
    public const string OptionsFile = "run.json";
    public const string CheckpointFile = "checkpoint.bin";
    public const string ManifestFile = "manifest.json";

    /// <summary>The data files, in the order they are written and listed in the manifest.</summary>
    public static readonly string[] DataFiles =
    [
        "states.csv", "states.parquet", "world.csv", "world.parquet", "regions.csv", "regions.parquet", "wars.csv", "wars.parquet",
        "ged.csv", "ged.parquet", "conflicts.csv", "conflicts.parquet", "country_years.csv", "country_years.parquet", "civil_wars.csv", "civil_wars.parquet",
        "events.jsonl", "map.svg",
    ];

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string this[string file] => System.IO.Path.Combine(Path, file);

    public bool IsComplete => File.Exists(this[ManifestFile]);

    /// <summary>Creates an empty run folder, refusing one that already holds files.</summary>
    public static RunFolder Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new UserError($"--out {path}: a file of that name exists; give a folder for the run");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            var what = File.Exists(System.IO.Path.Combine(full, ManifestFile)) ? "a complete run" : File.Exists(System.IO.Path.Combine(full, ScenarioFile)) ? "an unfinished run (continue it with 'westphalia resume')" : "other files";
            throw new UserError($"--out {path}: the folder already holds {what}; choose a new folder");
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = System.IO.Path.Combine(full, ".write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"--out {path}: cannot write there ({e.Message})");
        }

        return new RunFolder(full);
    }

    public static RunFolder Open(string path)
    {
        var folder = new RunFolder(path);
        if (!Directory.Exists(folder.Path))
        {
            throw new UserError($"{path}: no such run folder");
        }

        if (!File.Exists(folder[ScenarioFile]))
        {
            throw new UserError($"{path}: not a run folder (it has no {ScenarioFile})");
        }

        return folder;
    }

    public void WriteStart(Scenario scenario, RunOptions options)
    {
        AtomicFile.WriteText(this[ScenarioFile], ScenarioWriter.ToYaml(scenario));
        AtomicFile.WriteText(this[OptionsFile], JsonSerializer.Serialize(options, RunOptions.JsonOptions) + "\n");
    }

    public RunOptions ReadOptions()
    {
        if (!File.Exists(this[OptionsFile]))
        {
            return new RunOptions(0);
        }

        try
        {
            return JsonSerializer.Deserialize<RunOptions>(File.ReadAllText(this[OptionsFile]), RunOptions.JsonOptions) ?? new RunOptions(0);
        }
        catch (JsonException e)
        {
            throw new UserError($"{this[OptionsFile]}: not valid run options ({e.Message})");
        }
    }

    public void WriteCheckpoint(Simulation simulation) => AtomicFile.Write(this[CheckpointFile], simulation.Save);

    /// <summary>Writes the data files, then the manifest, then removes the checkpoint.</summary>
    public async Task WriteOutputsAsync(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var recorder = simulation.Recorder;
        AtomicFile.Write(this["states.csv"], s => CsvTableWriter.Write(recorder.States, s));
        await AtomicFile.WriteAsync(this["states.parquet"], s => ParquetTableWriter.WriteAsync(recorder.States, s)).ConfigureAwait(false);
        AtomicFile.Write(this["world.csv"], s => CsvTableWriter.Write(recorder.WorldSeries, s));
        await AtomicFile.WriteAsync(this["world.parquet"], s => ParquetTableWriter.WriteAsync(recorder.WorldSeries, s)).ConfigureAwait(false);
        AtomicFile.Write(this["regions.csv"], s => CsvTableWriter.Write(recorder.Regions, s));
        await AtomicFile.WriteAsync(this["regions.parquet"], s => ParquetTableWriter.WriteAsync(recorder.Regions, s)).ConfigureAwait(false);
        var wars = WarListWriter.Build(simulation.War.Wars, simulation.World, simulation.Scenario.StartYear);
        AtomicFile.Write(this["wars.csv"], s => CsvTableWriter.Write(wars, s));
        await AtomicFile.WriteAsync(this["wars.parquet"], s => ParquetTableWriter.WriteAsync(wars, s)).ConfigureAwait(false);
        var startYear = simulation.Scenario.StartYear;
        var civilWars = simulation.CivilWar.Conflicts;
        await WriteTableAsync("ged", ViolenceEventWriter.Build(recorder.Violence, simulation.World, startYear)).ConfigureAwait(false);
        await WriteTableAsync("conflicts", ArmedConflictListWriter.Build(recorder.Violence, civilWars, simulation.World, startYear, simulation.War.Wars)).ConfigureAwait(false);
        await WriteTableAsync("country_years", CountryYearWriter.Build(simulation.CivilWar.CountryYears)).ConfigureAwait(false);
        await WriteTableAsync("civil_wars", CivilWarListWriter.Build(civilWars, simulation.World, startYear, simulation.Tick - 1)).ConfigureAwait(false);
        AtomicFile.Write(this["events.jsonl"], s => EventLogWriter.Write(recorder.Events, simulation.Scenario.StartYear, s));
        AtomicFile.Write(this["map.svg"], s => WriteMap(simulation, s));
        AtomicFile.WriteText(this[ManifestFile], Manifest(simulation.Scenario));
        if (File.Exists(this[CheckpointFile]))
        {
            File.Delete(this[CheckpointFile]);
        }
    }

    /// <summary>Writes a table as NAME.csv and NAME.parquet.</summary>
    private async Task WriteTableAsync(string name, Table table)
    {
        AtomicFile.Write(this[name + ".csv"], s => CsvTableWriter.Write(table, s));
        await AtomicFile.WriteAsync(this[name + ".parquet"], s => ParquetTableWriter.WriteAsync(table, s)).ConfigureAwait(false);
    }

    /// <summary>The Human Security Index of every region at the end of the run, on a scale rounded to 0.05.</summary>
    private static void WriteMap(Simulation simulation, Stream stream)
    {
        var hsi = simulation.Recorder.Regions["hsi"].Doubles;
        var low = Math.Floor(hsi.Min() * 20) / 20;
        var high = Math.Max(Math.Ceiling(hsi.Max() * 20) / 20, low + 0.05);
        var year = simulation.Recorder.Regions["year"].Ints[0];
        var title = $"{simulation.Scenario.Name}, {year}: Human Security Index by region (borders black, capitals white)";
        SvgMapWriter.Write(simulation.World, simulation.Scenario.World.Generator?.Topology, [.. hsi], low, high, title, stream);
    }

    private string Manifest(Scenario scenario)
    {
        var json = new SerializerBuilder()
            .JsonCompatible()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .WithEnumNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build()
            .Serialize(scenario);
        var files = new JsonArray();
        foreach (var name in DataFiles)
        {
            var bytes = File.ReadAllBytes(this[name]);
            files.Add(new JsonObject
            {
                ["name"] = name,
                ["bytes"] = bytes.Length,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            });
        }

        var manifest = new JsonObject
        {
            ["program"] = "westphalia",
            ["version"] = ProgramInfo.Version,
            ["scenario_name"] = scenario.Name,
            ["scenario_sha256"] = ScenarioWriter.Hash(scenario),
            ["seed"] = scenario.Seed,
            ["start_year"] = scenario.StartYear,
            ["years"] = scenario.Years,
            ["ticks"] = scenario.Ticks,
            ["files"] = files,
            ["scenario"] = JsonNode.Parse(json),
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
