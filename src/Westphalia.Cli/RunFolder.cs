using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Westphalia.Observers;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Cli;

/// <summary>
/// A run folder: the resolved scenario, the run options, the latest checkpoint while running, the data files and,
/// written last, the manifest whose presence marks a complete run. One process at a time works in a folder: it holds
/// an exclusive lock on the folder's <c>.lock</c> file from before it looks at the folder until it exits.
/// </summary>
public sealed class RunFolder : IDisposable
{
    public const string ScenarioFile = "scenario.yaml";
    public const string OptionsFile = "run.json";
    public const string CheckpointFile = "checkpoint.bin";
    public const string ManifestFile = "manifest.json";
    public const string LockFile = ".lock";

    /// <summary>The data files every run writes, in the order they are written and listed in the manifest.</summary>
    public static readonly string[] DataFiles = [.. ObserverCatalog.Files];

    /// <summary>The data files a run of <paramref name="simulation"/> writes (<see cref="DataFiles"/> and those of its world's kind), in order.</summary>
    public static IReadOnlyList<string> FilesOf(Simulation simulation) => [.. Outputs(simulation).Select(o => o.Name)];

    /// <summary>How many numbered folders beside the first are tried for a run without <c>--out</c>.</summary>
    private const int MaxFreshNames = 10_000;

    private readonly FileStream _lock;

    private RunFolder(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    public string Path { get; }

    public string this[string file] => System.IO.Path.Combine(Path, file);

    public bool IsComplete => File.Exists(this[ManifestFile]);

    /// <summary>Creates the run folder named with <c>--out</c>, refusing one that already holds anything.</summary>
    public static RunFolder Create(string requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var full = FullPath(requested, "--out");
        var folder = Claim(full, requested);
        var what = folder.Holds();
        if (what is not null)
        {
            folder.Dispose();
            throw new UserError($"--out {requested}: the folder already holds {what}; choose a new folder");
        }

        return folder;
    }

    /// <summary>
    /// Creates the folder named with <c>--out</c>, or takes back one that holds <paramref name="marker"/> (a sweep to
    /// continue; the caller checks that it is the same one); refuses any other folder that holds anything.
    /// </summary>
    public static RunFolder CreateOrContinue(string requested, string marker)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var folder = Claim(FullPath(requested, "--out"), requested);
        if (folder.Holds() is { } what && !File.Exists(folder[marker]))
        {
            folder.Dispose();
            throw new UserError($"--out {requested}: the folder already holds {what}; choose a new folder");
        }

        return folder;
    }

    /// <summary>
    /// Creates a fresh run folder named after the scenario and seed: <c>runs/NAME-seedSEED</c>, or the first of
    /// <c>…-2</c>, <c>…-3</c>, … not yet used, so that running the same command twice keeps both runs.
    /// </summary>
    public static RunFolder CreateFresh(string baseName)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        for (var k = 1; k <= MaxFreshNames; k++)
        {
            var name = k == 1 ? baseName : $"{baseName}-{k}";
            var full = FullPath(name, "run folder");
            if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any(e => System.IO.Path.GetFileName(e) != LockFile)))
            {
                continue;
            }

            RunFolder folder;
            try
            {
                folder = Claim(full, name);
            }
            catch (UserError) when (Directory.Exists(full))
            {
                continue; // another process took this name a moment ago
            }

            if (folder.Holds() is null)
            {
                return folder;
            }

            folder.Dispose();
        }

        throw new UserError($"{baseName}: {MaxFreshNames:N0} run folders of this name exist already; give one with --out");
    }

    /// <summary>Opens an existing run folder to continue it.</summary>
    public static RunFolder Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = FullPath(path, "resume");
        if (File.Exists(full))
        {
            throw new UserError($"{path}: a file, not a run folder");
        }

        if (!Directory.Exists(full))
        {
            throw new UserError($"{path}: no such run folder");
        }

        // A folder without a scenario is not a run, unless a process holds its lock and is about to write one.
        var isRun = File.Exists(System.IO.Path.Combine(full, ScenarioFile));
        if (!isRun && !File.Exists(System.IO.Path.Combine(full, LockFile)))
        {
            throw new UserError($"{path}: not a run folder (it has no {ScenarioFile})");
        }

        var folder = Claim(full, path);
        if (!File.Exists(folder[ScenarioFile]))
        {
            folder.Dispose();
            throw new UserError($"{path}: not a run folder (it has no {ScenarioFile})");
        }

        folder.RemoveTemporaryFiles();
        return folder;
    }

    /// <summary>Releases the folder's lock.</summary>
    public void Dispose() => _lock.Dispose();

    private static string FullPath(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError($"{what}: the folder name is empty; give a folder");
        }

        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserError($"{what} {path}: not a usable folder name");
        }
    }

    /// <summary>Creates the folder if need be and takes its lock; refuses when another process holds it.</summary>
    private static RunFolder Claim(string full, string shown)
    {
        if (File.Exists(full))
        {
            throw new UserError($"{shown}: a file of that name exists; give a folder for the run");
        }

        FileStream lockFile;
        try
        {
            Directory.CreateDirectory(full);
            lockFile = new FileStream(System.IO.Path.Combine(full, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult == IoErrors.WouldBlock)
        {
            throw new UserError($"{shown}: another westphalia process is working in this run folder; wait for it to finish or choose another folder");
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw new UserError($"{shown}: cannot write there ({IoErrors.Describe(e)})");
        }

        return new RunFolder(full, lockFile);
    }

    /// <summary>What the folder holds besides its lock, in words, or null when it is empty.</summary>
    private string? Holds()
    {
        if (!Directory.EnumerateFileSystemEntries(Path).Any(e => System.IO.Path.GetFileName(e) != LockFile))
        {
            return null;
        }

        return File.Exists(this[ManifestFile]) ? "a complete run"
            : File.Exists(this[ScenarioFile]) ? "an unfinished run (continue it with 'westphalia resume')"
            : "other files";
    }

    /// <summary>Removes the temporary files of writes that a process stopped at once did not finish.</summary>
    private void RemoveTemporaryFiles()
    {
        foreach (var file in Directory.EnumerateFiles(Path, ".*.tmp"))
        {
            File.Delete(file);
        }
    }

    public void WriteStart(Scenario scenario, RunOptions options)
    {
        AtomicFile.WriteText(this[ScenarioFile], ScenarioWriter.ToYaml(scenario));
        AtomicFile.WriteText(this[OptionsFile], JsonSerializer.Serialize(options, RunOptions.JsonOptions) + "\n");
    }

    /// <summary>Reads run.json (absent: the defaults), refusing anything but a small file of valid options.</summary>
    public RunOptions ReadOptions()
    {
        if (!File.Exists(this[OptionsFile]))
        {
            return new RunOptions(0);
        }

        const int limit = 64 << 10;
        RunOptions? options;
        try
        {
            using var stream = File.OpenRead(this[OptionsFile]);
            var buffer = new byte[limit + 1];
            var length = 0;
            int read;
            while (length <= limit && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            if (length > limit)
            {
                throw new UserError($"{this[OptionsFile]}: larger than {limit / 1024} KiB; not the run options this program writes");
            }

            options = JsonSerializer.Deserialize<RunOptions>(buffer.AsSpan(0, length), RunOptions.JsonOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new UserError($"{this[OptionsFile]}: not valid run options{where}");
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw new UserError($"{this[OptionsFile]}: cannot be read ({IoErrors.Describe(e)})");
        }

        if (options is null || options.CheckpointEveryYears is < 0 or > 9999)
        {
            throw new UserError($"{this[OptionsFile]}: checkpoint_every_years must be a whole number from 0 to 9999");
        }

        return options;
    }

    public void WriteCheckpoint(Simulation simulation) => AtomicFile.Write(this[CheckpointFile], simulation.Save);

    /// <summary>
    /// Writes the data files, then the manifest, then removes the checkpoint. Cancelling stops between files or within
    /// a table: every file is then complete or absent, and the manifest is not written.
    /// </summary>
    public async Task WriteOutputsAsync(Simulation simulation, CancellationToken cancellation = default, Action<int, string>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var k = 0;
        foreach (var (name, write) in Outputs(simulation))
        {
            cancellation.ThrowIfCancellationRequested();
            starting?.Invoke(k++, name);
            await AtomicFile.WriteAsync(this[name], stream => write(stream, cancellation)).ConfigureAwait(false);
        }

        cancellation.ThrowIfCancellationRequested();
        starting?.Invoke(k, ManifestFile);
        AtomicFile.WriteText(this[ManifestFile], Manifest(simulation.Scenario, FilesOf(simulation), ReadOptions().Plugins));
        if (File.Exists(this[CheckpointFile]))
        {
            File.Delete(this[CheckpointFile]);
        }
    }

    /// <summary>The data files of a finished run and the observer that writes each, in order; a file only some worlds get, where this one does.</summary>
    private static IEnumerable<(string Name, Func<Stream, CancellationToken, Task> Write)> Outputs(Simulation simulation) =>
        simulation.Observers.SelectMany(o => ObserverCatalog.FilesOf(o.GetType()).Where(o.Writes).Select(file =>
            (file, (Func<Stream, CancellationToken, Task>)((stream, cancellation) => o.WriteAsync(file, stream, cancellation)))));

    private string Manifest(Scenario scenario, IReadOnlyList<string> written, IReadOnlyList<PluginRecord> plugins)
    {
        var json = new SerializerBuilder()
            .JsonCompatible()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .WithEnumNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build()
            .Serialize(scenario);
        var files = new JsonArray();
        foreach (var name in written)
        {
            using var stream = File.OpenRead(this[name]);
            var length = stream.Length;
            files.Add(new JsonObject
            {
                ["name"] = name,
                ["bytes"] = length,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(stream)),
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
            ["plugins"] = new JsonArray([.. plugins.Select(p => (JsonNode)new JsonObject { ["file"] = System.IO.Path.GetFileName(p.Path), ["sha256"] = p.Sha256 })]),
            ["scenario"] = JsonNode.Parse(json),
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
