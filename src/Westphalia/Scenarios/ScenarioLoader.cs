using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Scenarios;

/// <summary>Reads scenario YAML (a file, an embedded scenario or text), applies <c>--set</c> overrides and validates.</summary>
public static class ScenarioLoader
{
    /// <summary>Loads a file. Throws <see cref="ScenarioException"/> listing every problem found.</summary>
    public static Scenario LoadFile(string path, IReadOnlyList<string>? overrides = null, ScenarioLimits? limits = null) =>
        LoadFile(path, Sets(overrides), limits);

    /// <summary>Loads a file with overrides that say how they were written.</summary>
    public static Scenario LoadFile(string path, IReadOnlyList<ScenarioOverride> overrides, ScenarioLimits? limits = null) =>
        LoadFile(path, overrides, [], limits);

    /// <summary>Loads a file with overrides and documents added to list fields.</summary>
    public static Scenario LoadFile(string path, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<ScenarioAddition> additions, ScenarioLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= ScenarioLimits.Default;
        if (path.Length == 0)
        {
            throw new ScenarioException("scenario", "the scenario file name is empty; give a built-in scenario name or a file (built-in scenarios: " + string.Join(", ", ScenarioCatalog.Names) + ")");
        }

        if (Directory.Exists(path))
        {
            throw new ScenarioException(path, "is a folder, not a scenario file");
        }

        if (!File.Exists(path))
        {
            throw new ScenarioException(path, "no such scenario file (built-in scenarios: " + string.Join(", ", ScenarioCatalog.Names) + ")");
        }

        string text;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            text = YamlGuard.ReadText(stream, path, limits);
        }
        catch (UnauthorizedAccessException)
        {
            throw new ScenarioException(path, "cannot be read: permission denied");
        }
        catch (IOException e)
        {
            throw new ScenarioException(path, $"cannot be read: {e.Message}");
        }

        return Load(text, path, overrides, additions, limits, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Loads a built-in scenario by name, or a file when the argument names one.</summary>
    public static Scenario Load(string nameOrPath, IReadOnlyList<string>? overrides = null, ScenarioLimits? limits = null) =>
        Load(nameOrPath, Sets(overrides), limits);

    /// <summary>Loads a built-in scenario or a file with overrides that say how they were written.</summary>
    public static Scenario Load(string nameOrPath, IReadOnlyList<ScenarioOverride> overrides, ScenarioLimits? limits = null) =>
        Load(nameOrPath, overrides, [], limits);

    /// <summary>Loads a built-in scenario or a file with overrides and documents added to list fields.</summary>
    public static Scenario Load(string nameOrPath, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<ScenarioAddition> additions, ScenarioLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (ScenarioCatalog.TryGetText(nameOrPath, out var text))
        {
            return LoadText(text, $"{nameOrPath} (built-in)", overrides, additions, limits);
        }

        return LoadFile(nameOrPath, overrides, additions, limits);
    }

    public static Scenario LoadText(string text, string source, IReadOnlyList<string>? overrides = null, ScenarioLimits? limits = null) =>
        LoadText(text, source, Sets(overrides), limits);

    /// <summary>Loads scenario text with overrides that say how they were written.</summary>
    public static Scenario LoadText(string text, string source, IReadOnlyList<ScenarioOverride> overrides, ScenarioLimits? limits = null) =>
        LoadText(text, source, overrides, [], limits);

    /// <summary>Loads scenario text with overrides and with documents from files of their own added to list fields.</summary>
    public static Scenario LoadText(string text, string source, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<ScenarioAddition> additions, ScenarioLimits? limits = null) =>
        Load(text, source, overrides, additions, limits, null);

    /// <summary>Loads scenario text whose relative file names are read from <paramref name="folder"/> (null: the current folder).</summary>
    private static Scenario Load(string text, string source, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<ScenarioAddition> additions, ScenarioLimits? limits, string? folder)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= ScenarioLimits.Default;
        if (text.Length > limits.MaxFileBytes)
        {
            throw new ScenarioException(source, $"holds {text.Length:N0} characters, more than the {limits.MaxFileBytes:N0} a scenario may hold");
        }

        var root = Parse(text, source, limits);
        var overrideSources = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ScenarioError>();
        ArgumentNullException.ThrowIfNull(overrides);
        foreach (var change in overrides)
        {
            ApplyOverride(root, change, overrideSources, errors, limits);
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        ArgumentNullException.ThrowIfNull(additions);
        var fileSources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var addition in additions)
        {
            var document = Parse(addition.Text, addition.Source, limits);
            var key = new YamlScalarNode(addition.Field);
            if (!root.Children.TryGetValue(key, out var list) || list is not YamlSequenceNode sequence)
            {
                sequence = [];
                root.Children[key] = sequence;
            }

            fileSources[$"{addition.Field}[{sequence.Children.Count}]"] = addition.Source;
            sequence.Add(document);
        }

        var binder = new ScenarioBinder(source, overrideSources, limits, fileSources, folder);
        var scenario = binder.Bind<Scenario>(root);
        if (binder.Errors.Count > 0)
        {
            throw new ScenarioException(binder.Errors);
        }

        return scenario;
    }

    private static YamlMappingNode Parse(string text, string source, ScenarioLimits limits)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ScenarioException(source, "the file is empty; a scenario is a YAML mapping with at least a name (see 'westphalia scenario show default')");
        }

        var stream = new YamlStream();
        try
        {
            YamlGuard.Check(text, source, limits);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            message = message.Replace("While parsing a block mapping, ", "", StringComparison.Ordinal);
            throw new ScenarioException([new ScenarioError(source, (int)e.Start.Line, (int)e.Start.Column, "", $"malformed YAML: {message}")]);
        }
        catch (InvalidOperationException)
        {
            // The scanner gives up without a position on some unterminated constructs: they run to the end of the file.
            var lines = text.Split('\n').Length;
            throw new ScenarioException([new ScenarioError(source, lines, 1, "", "malformed YAML: a list, mapping or quoted text is not closed before the end of the file")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new ScenarioException(source, "the file is empty (it holds no YAML content); a scenario is a YAML mapping with at least a name");
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new ScenarioException([new ScenarioError(source, (int)second.Start.Line, (int)second.Start.Column, "", "a scenario file holds one YAML document, found more")]);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var node = stream.Documents[0].RootNode;
            throw new ScenarioException([new ScenarioError(source, (int)node.Start.Line, (int)node.Start.Column, "", "a scenario is a YAML mapping of fields (name: ..., years: ...)")]);
        }

        return map;
    }

    /// <summary>Applies <c>path.to.field=value</c> to the tree after checking the path against the scenario's fields.</summary>
    private static IReadOnlyList<ScenarioOverride> Sets(IReadOnlyList<string>? assignments) =>
        [.. (assignments ?? []).Select(ScenarioOverride.Set)];

    private static void ApplyOverride(YamlMappingNode root, ScenarioOverride change, Dictionary<string, string> sources, List<ScenarioError> errors, ScenarioLimits limits)
    {
        var assignment = change.Assignment;
        var label = change.Label;
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            errors.Add(new ScenarioError(label, 0, 0, "", "expected path.to.field=value"));
            return;
        }

        var path = assignment[..eq].Trim();
        var valueText = assignment[(eq + 1)..];
        var segments = ScenarioPath.Split(path).ToArray();
        var type = typeof(Scenario);
        var walked = "";
        YamlNode current = root;
        for (var k = 0; k < segments.Length; k++)
        {
            var segment = segments[k];
            var last = k == segments.Length - 1;
            type = Nullable.GetUnderlyingType(type) ?? type;
            Type next;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                next = type.GetGenericArguments()[1];
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                if (!int.TryParse(segment, out var index) || current is not YamlSequenceNode seq || index < 0 || index >= seq.Children.Count)
                {
                    errors.Add(new ScenarioError(label, 0, 0, ScenarioPath.Join(walked, segment), $"no list item {segment} at '{walked}'"));
                    return;
                }

                walked = ScenarioPath.Join(walked, segment);
                if (last)
                {
                    if (!TryParseValue(valueText, label, limits, errors, out var item))
                    {
                        return;
                    }

                    seq.Children[index] = item;
                }
                else
                {
                    current = seq.Children[index];
                }

                type = type.GetGenericArguments()[0];
                continue;
            }
            else
            {
                var property = ScenarioBinder.Fields(type).FirstOrDefault(p => ScenarioBinder.FieldName(p) == segment);
                if (property is null || type.IsPrimitive || type == typeof(string))
                {
                    var allowed = type.IsPrimitive || type == typeof(string) || type.IsEnum
                        ? $"'{walked}' is a value and has no fields"
                        : $"allowed here: {string.Join(", ", ScenarioBinder.Fields(type).Select(ScenarioBinder.FieldName))}";
                    var suggestion = ScenarioBinder.Suggest(segment, ScenarioBinder.Fields(type).Select(ScenarioBinder.FieldName));
                    var hint = suggestion is null ? "" : $"did you mean '{suggestion}'? ";
                    errors.Add(new ScenarioError(label, 0, 0, ScenarioPath.Join(walked, segment), $"unknown field '{segment}'; {hint}{allowed}"));
                    return;
                }

                next = property.PropertyType;
            }

            walked = ScenarioPath.Join(walked, segment);
            if (current is not YamlMappingNode map)
            {
                errors.Add(new ScenarioError(label, 0, 0, walked, "the scenario has a value here, not a mapping"));
                return;
            }

            var key = new YamlScalarNode(segment);
            if (last)
            {
                if (!TryParseValue(valueText, label, limits, errors, out var value))
                {
                    return;
                }

                map.Children[key] = value;
            }
            else
            {
                if (!map.Children.TryGetValue(key, out var child) || child is YamlScalarNode { Value: null or "" or "~" })
                {
                    child = new YamlMappingNode();
                    map.Children[key] = child;
                }

                current = child;
            }

            type = next;
        }

        sources[walked] = label;
    }

    /// <summary>
    /// Reads a <c>--set</c> value as YAML (a number, a list, a mapping), within the same limits as a file; text that is
    /// not valid YAML is taken as it stands.
    /// </summary>
    private static bool TryParseValue(string text, string label, ScenarioLimits limits, List<ScenarioError> errors, out YamlNode value)
    {
        value = new YamlScalarNode(text);
        var stream = new YamlStream();
        try
        {
            YamlGuard.Check(text, label, limits);
            stream.Load(new StringReader(text));
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors.Select(x => x with { Line = 0, Column = 0 }));
            return false;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return true;
        }

        if (stream.Documents.Count > 0)
        {
            value = stream.Documents[0].RootNode;
        }

        return true;
    }

    /// <summary>Text as it is quoted back in a message: at most 80 characters.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }

    internal static Stream? OpenEmbedded(string name) =>
        typeof(ScenarioLoader).Assembly.GetManifestResourceStream($"Westphalia.Scenarios.{name}.yaml");

    internal static IEnumerable<string> EmbeddedNames() =>
        typeof(ScenarioLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Westphalia.Scenarios.", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n["Westphalia.Scenarios.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal);

    internal static Assembly Assembly => typeof(ScenarioLoader).Assembly;
}
