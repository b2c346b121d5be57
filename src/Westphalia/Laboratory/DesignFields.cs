using System.Globalization;
using Westphalia.Metrics;
using Westphalia.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Laboratory;

/// <summary>
/// The fields that the laboratory's design files share (<see cref="SweepFile"/>, <see cref="SensitivityFile"/>): the
/// scenario, whole numbers, the sampler's seed, common changes, factor names and ranges. Each reports a problem
/// through <c>error(node, path, message)</c>, so the caller lists every problem of a file at once with its place.
/// </summary>
internal static class DesignFields
{
    /// <summary>Reads and parses a design file through the limits of a scenario file.</summary>
    public static T Read<T>(string path, Func<string, string, string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            using var stream = File.OpenRead(path);
            text = YamlGuard.ReadText(stream, path, ScenarioLimits.Default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, $"cannot be read ({e.Message})");
        }

        return parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>
    /// The design's top mapping: the text checked within a scenario file's limits and parsed, a YAML error reported with
    /// its line and column, and a document that is not a mapping refused with <paramref name="empty"/>.
    /// </summary>
    public static YamlMappingNode Root(string text, string source, string empty)
    {
        var stream = new YamlStream();
        try
        {
            YamlGuard.Check(text, source, ScenarioLimits.Default);
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ScenarioException([new ScenarioError(source, (int)e.Start.Line, (int)e.Start.Column, "", $"not valid YAML: {e.InnerException?.Message ?? e.Message}")]);
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new ScenarioException(source, empty);
    }

    /// <summary>A built-in scenario name, or a scenario file resolved against the design file's folder.</summary>
    public static string Scenario(YamlNode node, string folder, Action<YamlNode, string, string> error)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } s })
        {
            return ScenarioCatalog.TryGetText(s, out _) ? s : Path.GetFullPath(Path.Combine(folder, s));
        }

        error(node, "scenario", "a built-in scenario name or a scenario file");
        return ScenarioCatalog.DefaultName;
    }

    public static int? Whole(YamlNode node, string path, int minimum, int maximum, Action<YamlNode, string, string> error)
    {
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum)
        {
            return n;
        }

        error(node, path, $"a whole number from {minimum:N0} to {maximum:N0}");
        return null;
    }

    /// <summary>The sampler's seed: a whole number from 0 to <see cref="ulong.MaxValue"/>.</summary>
    public static ulong? Seed(YamlNode node, Action<YamlNode, string, string> error)
    {
        if (node is YamlScalarNode { Value: { } text } && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        error(node, "seed", "the sampler's seed: a whole number from 0 to 18446744073709551615");
        return null;
    }

    /// <summary>Changes in the <c>--set</c> syntax made at every design point.</summary>
    public static List<string> Set(YamlNode node, Action<YamlNode, string, string> error)
    {
        var set = new List<string>();
        if (node is not YamlSequenceNode changes)
        {
            error(node, "set", "a list of changes in the --set syntax, path=value");
            return set;
        }

        foreach (var item in changes)
        {
            if (item is YamlScalarNode { Value: { } change } && change.IndexOf('=', StringComparison.Ordinal) > 0)
            {
                set.Add(change);
            }
            else
            {
                error(item, "set", "a change in the --set syntax, path=value");
            }
        }

        return set;
    }

    /// <summary>
    /// Whether a factor's name is a scenario field as <c>--set</c> names it and not the seed or a column the tables
    /// already have (<c>run</c>, <c>point</c>, <c>replication</c>).
    /// </summary>
    public static bool FactorPath(YamlNode keyNode, string path, Action<YamlNode, string, string> error)
    {
        if (path.Length == 0 || path.Contains('=', StringComparison.Ordinal) || path.Any(char.IsWhiteSpace))
        {
            error(keyNode, "factors", "a scenario field as --set names it (a.b.c), without '=' or spaces");
            return false;
        }

        if (path is "seed")
        {
            error(keyNode, $"factors.{path}", "the seed is not a factor: every point runs on the seeds 1 to 'replications'");
            return false;
        }

        if (path is "run" or "point" or "replication")
        {
            error(keyNode, $"factors.{path}", "a column of the sweep table has this name; it cannot be a factor");
            return false;
        }

        return true;
    }

    /// <summary>A range <c>{ min: A, max: B }</c>, real or (with <c>integer: true</c>) whole, with <c>min</c> below <c>max</c>.</summary>
    public static SweepFactor? Range(YamlMappingNode range, string path, Action<YamlNode, string, string> error)
    {
        var at = $"factors.{path}";
        double? min = null, max = null;
        var integer = false;
        var ok = true;
        foreach (var (keyNode, value) in range.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "min" or "max":
                    if (value is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Abs(d) <= 1e15)
                    {
                        if (key == "min")
                        {
                            min = d;
                        }
                        else
                        {
                            max = d;
                        }
                    }
                    else
                    {
                        error(value, $"{at}.{key}", "a finite number");
                        ok = false;
                    }

                    break;
                case "integer" when value is YamlScalarNode { Value: "true" or "false" } b:
                    integer = b.Value == "true";
                    break;
                case "integer":
                    error(value, $"{at}.integer", "true or false");
                    ok = false;
                    break;
                default:
                    error(keyNode, $"{at}.{key}", "unknown field; a range has min, max and integer");
                    ok = false;
                    break;
            }
        }

        if (min is null || max is null)
        {
            error(range, at, "a range needs both min and max");
            return null;
        }

        if (!ok)
        {
            return null;
        }

        if (integer && (min != Math.Floor(min.Value) || max != Math.Floor(max.Value)))
        {
            error(range, at, "an integer range has whole-number bounds");
            return null;
        }

        if (integer ? min > max : min >= max)
        {
            error(range, at, integer ? "min must not exceed max" : "min must be below max");
            return null;
        }

        return new SweepFactor(path, integer ? ColumnKind.Long : ColumnKind.Double, [], min.Value, max.Value, integer);
    }
}
