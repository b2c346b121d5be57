using System.Diagnostics;
using System.Runtime.CompilerServices;
using YamlDotNet.Serialization;

namespace Westphalia.Tests.Cli;

/// <summary>
/// The Kubernetes launcher (deploy/kubernetes) without a cluster: submit.sh is run with a stand-in for kubectl that
/// keeps the manifests it is given; the Indexed Job's structure is checked, and the command of each of its pods
/// (JOB_COMPLETION_INDEX 0 to N − 1) and then the merge job's command are run as the pods would run them, with the
/// real westphalia command and the volume and the design's ConfigMap as folders. The merged sweep must be the unsharded
/// sweep's, byte for byte.
/// </summary>
public class KubernetesTests
{
    private const string Design = """
        scenario: default
        years: 2
        replications: 2
        design: full-factorial
        factors:
          doctrines.default: [realist, human-security, collective-security]
        """;

    private static string Repository([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    [Fact]
    public void The_indexed_job_and_the_merge_submit_sh_applies_give_the_unsharded_sweep()
    {
        var folder = TestWorlds.TempFolder();
        var design = Path.Combine(folder, "design.yaml");
        File.WriteAllText(design, Design);

        // A kubectl that records each manifest applied from standard input, and succeeds.
        var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        var applied = Directory.CreateDirectory(Path.Combine(folder, "applied")).FullName;
        File.WriteAllText(Path.Combine(bin, "kubectl"), $$"""
            #!/bin/sh
            echo "$*" >> "{{applied}}/log"
            case "$*" in *"-f -"*) cat > "{{applied}}/$(date +%s%N).yaml" ;; esac
            exit 0
            """);
        File.WriteAllText(Path.Combine(bin, "westphalia"), $"#!/bin/sh\nexec dotnet \"{CliHarness.CommandPath}\" \"$@\"\n");
        foreach (var tool in new[] { "kubectl", "westphalia" })
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(bin, tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var path = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        var submit = Run("bash", [Path.Combine(Repository(), "deploy", "kubernetes", "submit.sh"), design, "lab-1", "2", "--namespace", "lab"], new() { ["PATH"] = path });
        Assert.True(submit.Code == 0, submit.Output);
        var log = File.ReadAllText(Path.Combine(applied, "log"));
        Assert.Contains("--namespace lab wait --for=condition=complete job/westphalia-sweep", log, StringComparison.Ordinal);
        // (The stand-in's 'create configmap --dry-run=client -o yaml' prints nothing, so that apply receives no manifest.)
        var manifests = Directory.GetFiles(applied, "*.yaml").Select(File.ReadAllText).Where(y => y.Trim().Length > 0).Select(Load).ToList();
        var sweep = manifests.Single(m => Name(m) == "westphalia-sweep");
        var merge = manifests.Single(m => Name(m) == "westphalia-merge");

        // The Indexed Job: one completion per shard, all at once, and the volume and the design mounted.
        var spec = Map(sweep, "spec");
        Assert.Equal("Indexed", spec["completionMode"]);
        Assert.Equal("2", spec["completions"]);
        Assert.Equal("2", spec["parallelism"]);
        var pvc = Load(File.ReadAllText(Path.Combine(Repository(), "deploy", "kubernetes", "volume.yaml")));
        Assert.Equal("PersistentVolumeClaim", pvc["kind"]);
        foreach (var job in new[] { sweep, merge })
        {
            var volumes = List(Map(Map(Map(job, "spec"), "template"), "spec"), "volumes").Cast<Dictionary<object, object>>();
            Assert.Contains(volumes, v => v.TryGetValue("persistentVolumeClaim", out var claim) && ((Dictionary<object, object>)claim)["claimName"].Equals(Name(pvc)));
        }

        // The pods' commands, with the volume at data/ and the ConfigMap at design/ instead of /data and /design.
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        var configMap = Directory.CreateDirectory(Path.Combine(folder, "design")).FullName;
        File.Copy(design, Path.Combine(configMap, "design.yaml"));
        for (var index = 0; index < 2; index++)
        {
            var shard = RunPod(sweep, data, configMap, path, index);
            Assert.True(shard.Code == 0, shard.Output);
            Assert.True(File.Exists(Path.Combine(data, $"lab-1-shard-{index + 1}", "sweep.json")), shard.Output);
        }

        var merged = RunPod(merge, data, configMap, path, index: null);
        Assert.True(merged.Code == 0, merged.Output);

        var whole = Path.Combine(folder, "whole");
        var unsharded = CliHarness.Run("sweep", design, "--out", whole, "--quiet");
        Assert.True(unsharded.Code == 0, unsharded.Err);
        foreach (var file in new[] { "sweep.csv", "sweep.parquet", "datapackage.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(data, "lab-1", file)));
        }
    }

    /// <summary>Runs a job's container command as its pod would: its environment, and JOB_COMPLETION_INDEX in an Indexed Job.</summary>
    private static (int Code, string Output) RunPod(Dictionary<object, object> job, string data, string design, string path, int? index)
    {
        var container = (Dictionary<object, object>)List(Map(Map(Map(job, "spec"), "template"), "spec"), "containers").Single();
        var command = ((List<object>)container["command"]).Cast<string>().ToList();
        Assert.Equal(["/bin/sh", "-c"], command.Take(2));
        var script = command[2].Replace("/data/", data + "/", StringComparison.Ordinal).Replace("/design/", design + "/", StringComparison.Ordinal);
        var environment = ((List<object>)container["env"]).Cast<Dictionary<object, object>>().ToDictionary(e => (string)e["name"], e => (string)e["value"]);
        environment["PATH"] = path;
        environment["THREADS"] = "1";
        if (index is { } i)
        {
            environment["JOB_COMPLETION_INDEX"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Run("/bin/sh", ["-c", script], environment);
    }

    private static Dictionary<object, object> Load(string yaml) => new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(yaml);

    private static string Name(Dictionary<object, object> manifest) => (string)Map(manifest, "metadata")["name"];

    private static Dictionary<object, object> Map(Dictionary<object, object> node, string key) => (Dictionary<object, object>)node[key];

    private static List<object> List(Dictionary<object, object> node, string key) => (List<object>)node[key];

    private static (int Code, string Output) Run(string command, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
