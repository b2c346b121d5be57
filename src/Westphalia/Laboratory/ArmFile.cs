using Westphalia.Doctrines;
using Westphalia.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Laboratory;

/// <summary>
/// Reads the arms of a comparison from a small YAML file (docs/LABORATORY.md): a list under <c>arms</c>, each with a
/// <c>name</c>, optionally the <c>doctrine</c> of every state not assigned otherwise, <c>assignments</c> of state
/// names to doctrines, and any other changes as <c>set</c> (the <c>--set</c> syntax). Problems are reported with the
/// file, line and column; the file goes through the same size, depth and character limits as a scenario file.
/// </summary>
public static class ArmFile
{
    /// <summary>At most this many arms in a file.</summary>
    public const int MaxArms = 64;

    public static IReadOnlyList<Arm> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ScenarioException(path, "a folder, not an arm file");
        }

        string text;
        try
        {
            using var stream = File.OpenRead(path);
            text = YamlGuard.ReadText(stream, path, ScenarioLimits.Default);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ScenarioException(path, "no such arm file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ScenarioException(path, "cannot be read (permission denied)");
        }
        catch (IOException e)
        {
            throw new ScenarioException(path, $"cannot be read ({e.Message})");
        }

        return Parse(text, path);
    }

    public static IReadOnlyList<Arm> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            YamlGuard.Check(text, source, ScenarioLimits.Default);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ScenarioException([new ScenarioError(source, (int)e.Start.Line, (int)e.Start.Column, "", $"not valid YAML: {e.InnerException?.Message ?? e.Message}")]);
        }

        var errors = new List<ScenarioError>();
        void Error(YamlNode node, string path, string message) =>
            errors.Add(new ScenarioError(source, (int)node.Start.Line, (int)node.Start.Column, path, message));

        var arms = new List<Arm>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("arms"), out var list) || list is not YamlSequenceNode sequence)
        {
            throw new ScenarioException(source, "holds no list of arms: write 'arms:' followed by one '- name: ...' entry per arm");
        }

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value != "arms"))
        {
            Error(key, key.Value ?? "", "unknown field; an arm file has only 'arms'");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var at = $"arms[{i}]";
            if (sequence.Children[i] is not YamlMappingNode entry)
            {
                Error(sequence.Children[i], at, "an arm is a mapping with 'name' and its changes");
                continue;
            }

            string? name = null;
            List<string> doctrines = [], assigned = [], sets = [];
            foreach (var (keyNode, value) in entry.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case "name" when value is YamlScalarNode { Value: { Length: > 0 and <= 100 } n }:
                        name = n;
                        break;
                    case "name":
                        Error(value, $"{at}.name", "give the arm a name of 1 to 100 characters");
                        break;
                    case "doctrine" when value is YamlScalarNode { Value: { } d } && DoctrineCatalog.Names.Contains(d):
                        doctrines.Add($"doctrines.default={d}");
                        doctrines.Add("doctrines.assignments={}");
                        break;
                    case "doctrine":
                        Error(value, $"{at}.doctrine", $"unknown doctrine; the doctrines are {string.Join(", ", DoctrineCatalog.Names)}");
                        break;
                    case "assignments" when value is YamlMappingNode assignments:
                        foreach (var (state, doctrine) in assignments.Children)
                        {
                            var stateName = (state as YamlScalarNode)?.Value ?? "";
                            var doctrineName = (doctrine as YamlScalarNode)?.Value ?? "";
                            if (stateName.Length == 0 || stateName.Contains('=', StringComparison.Ordinal))
                            {
                                Error(state, $"{at}.assignments", "a state name, without '='");
                            }
                            else if (!DoctrineCatalog.Names.Contains(doctrineName))
                            {
                                Error(doctrine, $"{at}.assignments.{stateName}", $"unknown doctrine; the doctrines are {string.Join(", ", DoctrineCatalog.Names)}");
                            }
                            else
                            {
                                assigned.Add($"doctrines.assignments.{stateName}={doctrineName}");
                            }
                        }

                        break;
                    case "assignments":
                        Error(value, $"{at}.assignments", "a mapping of state names to doctrines");
                        break;
                    case "set" when value is YamlSequenceNode changes:
                        foreach (var item in changes)
                        {
                            if (item is YamlScalarNode { Value: { } change } && change.Contains('=', StringComparison.Ordinal))
                            {
                                sets.Add(change);
                            }
                            else
                            {
                                Error(item, $"{at}.set", "a change in the --set syntax, path=value");
                            }
                        }

                        break;
                    case "set":
                        Error(value, $"{at}.set", "a list of changes in the --set syntax, path=value");
                        break;
                    default:
                        Error(keyNode, $"{at}.{key}", "unknown field; an arm has name, doctrine, assignments and set");
                        break;
                }
            }

            if (name is null)
            {
                if (!entry.Children.ContainsKey(new YamlScalarNode("name")))
                {
                    Error(entry, at, "the arm has no name");
                }
            }
            else if (!names.Add(name))
            {
                Error(entry, $"{at}.name", $"a second arm named '{name}'");
            }
            else
            {
                // The doctrine of every state first, then the assignments, then other changes, whatever the order written.
                arms.Add(new Arm(name, [.. doctrines, .. assigned, .. sets]));
            }
        }

        if (sequence.Children.Count == 0)
        {
            Error(sequence, "arms", "the list of arms is empty");
        }
        else if (sequence.Children.Count > MaxArms)
        {
            Error(sequence, "arms", $"{sequence.Children.Count} arms; at most {MaxArms}");
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        return arms;
    }
}
