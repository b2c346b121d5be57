using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Westphalia.Parameters;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace Westphalia.Scenarios;

/// <summary>
/// Binds a YAML tree to the scenario classes, collecting every error with its file, line, column and field path:
/// unknown fields (with the allowed names), wrong types, values out of range, and cross-field rules.
/// </summary>
public sealed class ScenarioBinder
{
    private readonly string _source;
    private readonly IReadOnlyDictionary<string, string> _overrideSources;

    /// <summary>List items read from files of their own (field path → file), reported with their own lines.</summary>
    private readonly IReadOnlyDictionary<string, string> _fileSources;
    private readonly List<ScenarioError> _errors = [];
    private int _unreported;

    /// <summary>The most errors kept: a file with thousands of the same mistake needs the first few, not all.</summary>
    public const int MaxErrors = 100;

    public ScenarioBinder(string source, IReadOnlyDictionary<string, string>? overrideSources = null, ScenarioLimits? limits = null, IReadOnlyDictionary<string, string>? fileSources = null, string? folder = null)
    {
        Folder = folder ?? Directory.GetCurrentDirectory();
        _source = source;
        _overrideSources = overrideSources ?? new Dictionary<string, string>();
        _fileSources = fileSources ?? new Dictionary<string, string>();
        Limits = limits ?? ScenarioLimits.Default;
    }

    /// <summary>The errors found, the first <see cref="MaxErrors"/> of them, and a last one counting the rest.</summary>
    public IReadOnlyList<ScenarioError> Errors =>
        _unreported == 0 ? _errors : [.. _errors, new ScenarioError(_source, 0, 0, "", $"and {_unreported:N0} more problems")];

    public ScenarioLimits Limits { get; }

    /// <summary>The folder that relative file names in the scenario are read from.</summary>
    public string Folder { get; }

    public static string FieldName(PropertyInfo property) => UnderscoredNamingConvention.Instance.Apply(property.Name);

    public static IReadOnlyList<PropertyInfo> Fields(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetSetMethod() is not null)];

    public T Bind<T>(YamlNode root)
        where T : class, new()
    {
        var result = BindNode(root, typeof(T), "", new T());
        return result as T ?? new T();
    }

    internal void Report(YamlNode? node, string path, string message, IEnumerable<string>? related = null)
    {
        if (_errors.Count >= MaxErrors)
        {
            _unreported++;
            return;
        }

        foreach (var (overridePath, label) in _overrideSources)
        {
            if (path == overridePath || path.StartsWith(overridePath + ".", StringComparison.Ordinal) || path.StartsWith(overridePath + "[", StringComparison.Ordinal))
            {
                _errors.Add(new ScenarioError(label, 0, 0, path, message));
                return;
            }
        }

        // A rule over several fields, some of them changed on the command line: say which changes took part.
        var involved = _overrideSources
            .Where(o => (related ?? []).Prepend(path).Any(p => o.Key == p || o.Key.StartsWith(p + ".", StringComparison.Ordinal) || o.Key.StartsWith(p + "[", StringComparison.Ordinal)))
            .Select(o => o.Value)
            .ToList();
        if (involved.Count > 0)
        {
            message += $" (with {string.Join(", ", involved)})";
        }

        var line = node is null ? 0 : (int)node.Start.Line;
        var column = node is null ? 0 : (int)node.Start.Column;
        var source = _source;
        foreach (var (itemPath, file) in _fileSources)
        {
            if (path == itemPath || path.StartsWith(itemPath + ".", StringComparison.Ordinal) || path.StartsWith(itemPath + "[", StringComparison.Ordinal))
            {
                source = file;
                break;
            }
        }

        _errors.Add(new ScenarioError(source, line, column, path, message));
    }

    private object? BindNode(YamlNode node, Type type, string path, object? existing, int? maxLength = null)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (IsNull(node))
        {
            if (underlying is not null)
            {
                return null;
            }

            Report(node, path, $"a value is required here ({Describe(type)})");
            return existing;
        }

        type = underlying ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal))
        {
            if (node is not YamlScalarNode scalar)
            {
                Report(node, path, $"expected {Describe(type)}, found {Kind(node)}");
                return existing;
            }

            return ParseScalar(scalar, type, path, existing, maxLength ?? Limits.MaxTextLength);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(node, type, path, existing);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return BindDictionary(node, type, path, existing);
        }

        return BindObject(node, type, path, existing);
    }

    private object? BindObject(YamlNode node, Type type, string path, object? existing)
    {
        if (node is not YamlMappingNode map)
        {
            Report(node, path, $"expected a mapping of fields ({string.Join(", ", Fields(type).Select(FieldName))}), found {Kind(node)}");
            return existing;
        }

        var errorsAtStart = _errors.Count;
        var target = existing ?? Activator.CreateInstance(type)!;
        var fields = Fields(type).ToDictionary(FieldName, StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var fieldPath = ScenarioPath.Join(path, key);
            if (!fields.TryGetValue(key, out var property))
            {
                var suggestion = Suggest(key, fields.Keys);
                var hint = suggestion is null ? "" : $"; did you mean '{suggestion}'?";
                Report(keyNode, ScenarioPath.Join(path, ScenarioLoader.Shorten(key)), $"unknown field '{ScenarioLoader.Shorten(key)}'{hint} Allowed here: {string.Join(", ", fields.Keys)}");
                continue;
            }

            var errorsBefore = _errors.Count;
            var value = BindNode(valueNode, property.PropertyType, fieldPath, property.GetValue(target), property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength);
            if (_errors.Count == errorsBefore)
            {
                CheckRange(property, value, valueNode, fieldPath);
                property.SetValue(target, value);
            }
            else if (valueNode is not YamlScalarNode)
            {
                property.SetValue(target, value);
            }
        }

        // Rules spanning several fields are checked only when the fields themselves are sound.
        if (target is IScenarioValidatable validatable && _errors.Count == errorsAtStart)
        {
            validatable.Validate(new ScenarioValidationContext(this, map, path));
        }

        return target;
    }

    private object? BindList(YamlNode node, Type type, string path, object? existing)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, path, $"expected a list, found {Kind(node)}");
            return existing;
        }

        var itemType = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var seed = itemType.IsValueType || itemType == typeof(string) ? null : Activator.CreateInstance(itemType);
            list.Add(BindNode(sequence.Children[i], itemType, itemPath, seed) ?? Default(itemType));
        }

        return list;
    }

    private object? BindDictionary(YamlNode node, Type type, string path, object? existing)
    {
        if (node is not YamlMappingNode map)
        {
            Report(node, path, $"expected a mapping, found {Kind(node)}");
            return existing;
        }

        var valueType = type.GetGenericArguments()[1];
        var dictionary = (IDictionary)Activator.CreateInstance(type)!;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (valueType == typeof(DoctrineParameters))
            {
                // A plug-in doctrine's parameters: its own class, as the plug-in registered it.
                var name = (keyNode as YamlScalarNode)?.Value ?? "";
                if (Westphalia.Doctrines.DoctrineCatalog.ParametersOf(name) is not { } parameters)
                {
                    Report(keyNode, ScenarioPath.Join(path, ScenarioLoader.Shorten(name)), $"no plug-in doctrine named '{ScenarioLoader.Shorten(name)}' is loaded (load its assembly with --plugin)");
                    continue;
                }

                dictionary[name] = BindNode(valueNode, parameters, ScenarioPath.Join(path, name), Activator.CreateInstance(parameters));
                continue;
            }

            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key.Length > Limits.MaxTextLength)
            {
                Report(keyNode, ScenarioPath.Join(path, ScenarioLoader.Shorten(key)), $"a key of {key.Length:N0} characters is too long; at most {Limits.MaxTextLength:N0}");
                continue;
            }

            var seed = valueType.IsValueType || valueType == typeof(string) ? null : Activator.CreateInstance(valueType);
            dictionary[key] = BindNode(valueNode, valueType, ScenarioPath.Join(path, key), seed) ?? Default(valueType);
        }

        return dictionary;
    }

    private object? ParseScalar(YamlScalarNode scalar, Type type, string path, object? existing, int maxLength)
    {
        var text = scalar.Value ?? "";
        var inv = CultureInfo.InvariantCulture;
        var clean = text.Replace("_", "", StringComparison.Ordinal);
        object? value = null;
        if (type == typeof(string))
        {
            if (text.Length > maxLength)
            {
                Report(scalar, path, $"{text.Length:N0} characters is too long; at most {maxLength:N0}");
                return existing;
            }

            value = text;
        }
        else if (type == typeof(bool))
        {
            value = text.ToLowerInvariant() switch
            {
                "true" or "yes" or "on" => true,
                "false" or "no" or "off" => false,
                _ => null,
            };
        }
        else if (type == typeof(int) && int.TryParse(clean, NumberStyles.Integer, inv, out var i))
        {
            value = i;
        }
        else if (type == typeof(long) && long.TryParse(clean, NumberStyles.Integer, inv, out var l))
        {
            value = l;
        }
        else if (type == typeof(long) && double.TryParse(clean, NumberStyles.Float, inv, out var ld) && ld == Math.Floor(ld) && Math.Abs(ld) < 9e18)
        {
            value = (long)ld;
        }
        else if (type == typeof(ulong) && ulong.TryParse(clean, NumberStyles.Integer, inv, out var u))
        {
            value = u;
        }
        else if (type == typeof(double) && double.TryParse(clean, NumberStyles.Float, inv, out var d) && double.IsFinite(d))
        {
            value = d;
        }
        else if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            var match = names.FirstOrDefault(n => string.Equals(n, clean, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                value = Enum.Parse(type, match);
            }
        }

        if (value is null)
        {
            Report(scalar, path, $"'{ScenarioLoader.Shorten(text)}' is not {Describe(type)}");
            return existing;
        }

        return value;
    }

    private void CheckRange(PropertyInfo property, object? value, YamlNode node, string path)
    {
        var range = property.GetCustomAttribute<RangeAttribute>();
        if (range is null || value is null)
        {
            return;
        }

        var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        if (x < min || x > max)
        {
            Report(node, path, $"{value.ToString()?.ToLowerInvariant()} is out of range; allowed: {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "~" or "null" or "Null" or "NULL" } scalar
        && scalar.Style is not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted;

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{ScenarioLoader.Shorten(s.Value ?? "")}'",
        _ => "something else",
    };

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(type).Select(n => UnderscoredNamingConvention.Instance.Apply(n)));
        }

        return type switch
        {
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(long) => "a whole number",
            _ when type == typeof(ulong) => "a non-negative whole number",
            _ when type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(string) => "text",
            _ => "a mapping",
        };
    }

    /// <summary>The closest allowed name by edit distance, if it is close enough to be a likely typo.</summary>
    public static string? Suggest(string key, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var d = Levenshtein(key, candidate);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
