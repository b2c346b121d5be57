using System.Text.RegularExpressions;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Parquet;
using Westphalia.Observers;

namespace Westphalia.Tests.Cli;

public class RunCommandTests
{
    // 75 x 70 = 5,250 regions: more than one parallel chunk, so a second thread really takes part.
    private static readonly string[] Medium =
    [
        "--set", "world.generator.width=75", "--set", "world.generator.height=70", "--set", "world.generator.states=25", "--seed", "3",
    ];

    private static string[] DataFiles(string folder) =>
        [.. Westphalia.Cli.RunFolder.DataFiles.Select(f => Path.Combine(folder, f)), Path.Combine(folder, "manifest.json")];

    [Fact]
    public void The_same_scenario_and_seed_give_byte_identical_files_on_one_and_two_threads()
    {
        var root = TestWorlds.TempFolder();
        var one = Path.Combine(root, "one");
        var two = Path.Combine(root, "two");
        Assert.Equal(0, CliHarness.Run(["run", "default", "--years", "3", .. Medium, "--threads", "1", "--out", one, "--quiet"]).Code);
        Assert.Equal(0, CliHarness.Run(["run", "default", "--years", "3", .. Medium, "--threads", "2", "--out", two, "--quiet"]).Code);
        foreach (var (a, b) in DataFiles(one).Zip(DataFiles(two)))
        {
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
    }

    [Fact]
    public async Task A_run_writes_the_data_files_and_a_manifest_with_their_hashes()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        var result = CliHarness.Run("run", "two-states", "--out", output);
        Assert.Equal(0, result.Code);
        Assert.Contains("human security index", result.Out, StringComparison.Ordinal);
        Assert.Contains("years/s", result.Out, StringComparison.Ordinal);

        // Writing the files is its own step: announced after the simulation, and timed apart from its speed.
        var simulated = result.Out.IndexOf("(30/30 years)", StringComparison.Ordinal);
        var writing = result.Out.IndexOf($"Writing {DocumentedDataFiles().Count + 1} files to {output}", StringComparison.Ordinal);
        Assert.True(simulated >= 0 && writing > simulated, result.Out);
        Assert.True(Regex.IsMatch(result.Out, @"30 years simulated in \d+\.\d s \(\d+\.\d years/s"), result.Out);
        Assert.True(Regex.IsMatch(result.Out, @"files\s+written\s+in\s+\d+\.\d\s+s\."), result.Out);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(7UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("two-states", root.GetProperty("scenario").GetProperty("name").GetString());
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, file.GetProperty("name").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
        }

        // Every data file in the folder is listed, and nothing else: the folder holds the listed files and, beside them,
        // only the manifest, the resolved scenario, the run options, the report and the hidden lock. Every listed file is
        // one that docs/OUTPUTS.md documents, and every data file it documents was written.
        var listed = root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        string[] besides = ["manifest.json", "scenario.yaml", "run.json", "report.html"];
        var written = Directory.GetFiles(output).Select(Path.GetFileName).Where(f => !f!.StartsWith('.') && !besides.Contains(f)).Order(StringComparer.Ordinal);
        Assert.Equal(written, listed.Order(StringComparer.Ordinal));
        var documented = DocumentedDataFiles();
        Assert.Equal(documented.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        // The violence outputs are written in Parquet too, listed in the manifest, with the columns and rows of their CSV.
        foreach (var table in new[] { "ged", "civil_wars" })
        {
            Assert.Contains($"{table}.parquet", root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
            var lines = File.ReadAllLines(Path.Combine(output, $"{table}.csv"));
            await using var file = File.OpenRead(Path.Combine(output, $"{table}.parquet"));
            await using var violence = await ParquetReader.CreateAsync(file);
            Assert.Equal(lines[0].Split(','), violence.Schema.DataFields.Select(f => f.Name));
            Assert.Equal(lines.Length - 1, violence.Metadata!.NumRows);
        }

        Assert.False(File.Exists(Path.Combine(output, "checkpoint.bin")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));

        // Monthly cadence: 30 years x 12 months x 2 states.
        var csv = File.ReadAllLines(Path.Combine(output, "states.csv"));
        Assert.Equal(720 + 1, csv.Length);
        Assert.StartsWith("year,month,tick,state_id,state,doctrine,alive,regions,population,births,deaths", csv[0], StringComparison.Ordinal);

        await using var parquet = File.OpenRead(Path.Combine(output, "states.parquet"));
        await using var reader = await ParquetReader.CreateAsync(parquet);
        Assert.Equal(720, reader.Metadata!.NumRows);
        Assert.Equal(csv[0].Split(','), reader.Schema.DataFields.Select(f => f.Name));

        // The regional snapshot: one row per region at the end of the run, and a map of it.
        var regions = File.ReadAllLines(Path.Combine(output, "regions.csv"));
        Assert.Equal(5 + 1, regions.Length);
        Assert.All(regions.Skip(1), line => Assert.StartsWith("2029,12,359,", line, StringComparison.Ordinal));
        var map = File.ReadAllText(Path.Combine(output, "map.svg"));
        Assert.StartsWith("<svg", map, StringComparison.Ordinal);
        Assert.Equal(5, map.Split("<circle").Length - 1 - 2); // five regions drawn as circles, plus two capitals

        // The violence outputs: UCDP GED events, the UCDP/PRIO conflict list, the country-year panel, the civil-war list.
        Assert.StartsWith("id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,", File.ReadLines(Path.Combine(output, "ged.csv")).First(), StringComparison.Ordinal);
        Assert.StartsWith("conflict_id,location,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,", File.ReadLines(Path.Combine(output, "conflicts.csv")).First(), StringComparison.Ordinal);
        Assert.StartsWith("WarNum,WarName,WarType,ccode,StateName,Side,", File.ReadLines(Path.Combine(output, "wars.csv")).First(), StringComparison.Ordinal);
        Assert.StartsWith("dispnum,stabb,ccode,stday,stmon,styear,", File.ReadLines(Path.Combine(output, "disputes.csv")).First(), StringComparison.Ordinal);
        Assert.StartsWith("year,state_id,state_name,income_per_capita,", File.ReadLines(Path.Combine(output, "country_years.csv")).First(), StringComparison.Ordinal);
        Assert.StartsWith("id,state_id,state_name,rebels,aim,start,end,", File.ReadLines(Path.Combine(output, "civil_wars.csv")).First(), StringComparison.Ordinal);

        var events = File.ReadAllLines(Path.Combine(output, "events.jsonl"));
        Assert.Contains(events, e => e.Contains("\"type\":\"state_created\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// The data files docs/OUTPUTS.md documents: the file names in backquotes in its section headings, but for the
    /// manifest and the files of the last section (the scenario, the run options and the checkpoint), which are no data.
    /// </summary>
    private static List<string> DocumentedDataFiles([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "docs", "OUTPUTS.md");
        var headings = File.ReadAllLines(path).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var names = headings.Select(h => Regex.Matches(h, "`([^`]+)`").Select(m => m.Groups[1].Value).ToList()).ToList();
        var notData = names.Where(n => n.Contains("manifest.json") || n.Contains("scenario.yaml") || n.Contains("report.html")).SelectMany(n => n).ToHashSet();
        Assert.True(notData.SetEquals(["manifest.json", "scenario.yaml", "run.json", "checkpoint.bin", "report.html", "charts/"]), string.Join(", ", notData));
        // Files only some runs write (regions.geojson, real-world runs) are documented too, but not expected of every run.
        var documented = names.SelectMany(n => n).Where(n => !notData.Contains(n)).ToList();
        Assert.Subset(documented.ToHashSet(), ObserverCatalog.OptionalFiles.ToHashSet());
        return [.. documented.Where(n => !ObserverCatalog.OptionalFiles.Contains(n))];
    }

    [Fact]
    public void A_run_killed_midway_and_resumed_gives_the_files_of_a_run_never_killed()
    {
        var root = TestWorlds.TempFolder();
        var whole = Path.Combine(root, "whole");
        var killed = Path.Combine(root, "killed");
        string[] args = ["run", "default", "--years", "40", .. Medium, "--checkpoint-every", "1", "--quiet"];
        Assert.Equal(0, CliHarness.Run([.. args, "--out", whole]).Code);

        // Start the real command as its own process and kill it hard once it has written a checkpoint.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { CliHarness.CommandPath }.Concat(args).Append("--out").Append(killed))
        {
            start.ArgumentList.Add(a);
        }

        using (var process = Process.Start(start)!)
        {
            var checkpoint = Path.Combine(killed, "checkpoint.bin");
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(checkpoint) && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(5);
            }

            Thread.Sleep(150);
            Assert.False(process.HasExited, "the run finished before it could be killed; make it longer");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.False(File.Exists(Path.Combine(killed, "manifest.json")));
        var resumed = CliHarness.Run("resume", killed, "--quiet");
        Assert.Equal(0, resumed.Code);
        foreach (var (a, b) in DataFiles(whole).Zip(DataFiles(killed)))
        {
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
    }

    [Fact]
    public void Scenario_commands_list_show_and_validate()
    {
        var list = CliHarness.Run("scenario", "list");
        Assert.Equal(0, list.Code);
        Assert.Contains("default", list.Out, StringComparison.Ordinal);
        Assert.Contains("two-states", list.Out, StringComparison.Ordinal);

        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "copy.yaml");
        var show = CliHarness.Run("scenario", "validate", "two-states");
        Assert.Equal(0, show.Code);
        File.WriteAllText(file, "name: copy\nyears: 5\n");
        Assert.Equal(0, CliHarness.Run("scenario", "validate", file).Code);
        File.WriteAllText(file, "name: copy\nyears: -5\n");
        var bad = CliHarness.Run("scenario", "validate", file);
        Assert.Equal(2, bad.Code);
        Assert.Contains("copy.yaml:2:8: years: -5 is out of range", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_writes_json_with_name_kind_measured_published_holds_detail_and_basis()
    {
        var json = Path.Combine(TestWorlds.TempFolder(), "validation.json");
        var result = CliHarness.Run("validate", "life-expectancy", "--json", json);
        Assert.Contains("life-expectancy", result.Out, StringComparison.Ordinal);
        Assert.Contains("Calibration:", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Validation:", result.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var item = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(["name", "kind", "measured", "published", "holds", "detail", "basis"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("calibration", item.GetProperty("kind").GetString());
        Assert.Contains("Preston", item.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Equal(item.GetProperty("holds").GetBoolean() ? 0 : 1, result.Code);

        var unknown = CliHarness.Run("validate", "nonsense");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("no validation target is named 'nonsense'", unknown.Err, StringComparison.Ordinal);
    }
}
