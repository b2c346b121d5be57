using System.Globalization;
using System.Text.RegularExpressions;

namespace Westphalia.Tests;

/// <summary>
/// docs/ODD.md as the build copies it next to the tests, read as data: the tables that document the schedule and the
/// parameters, so that tests check the code against the document itself rather than against a copy of it.
/// </summary>
internal static partial class OddDocument
{
    private static readonly Lazy<string[]> Text = new(() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "ODD.md")));

    /// <summary>The rows of the first table after the heading <paramref name="heading"/>, each a list of its cells.</summary>
    public static List<string[]> Table(string heading)
    {
        var lines = Text.Value;
        var start = Array.FindIndex(lines, l => l.StartsWith('#') && l.TrimStart('#').Trim() == heading);
        Assert.True(start >= 0, $"docs/ODD.md has no heading '{heading}'");
        var first = Array.FindIndex(lines, start, l => l.StartsWith('|'));
        return [.. lines.Skip(first + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells)];
    }

    /// <summary>
    /// Every parameter the ODD's tables document with a single default value: its full YAML path (tables introduced by
    /// "All paths are under `prefix`" give paths relative to it), the default as a <c>--set</c> would write it, and the
    /// line of the table row.
    /// </summary>
    public static List<(string Path, string Default, int Line)> ParameterDefaults()
    {
        var lines = Text.Value;
        var result = new List<(string, string, int)>();
        var prefix = "";
        string[]? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                prefix = "";
            }

            if (Under().Match(line) is { Success: true } under)
            {
                prefix = under.Groups[1].Value;
            }

            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = Cells(line);
            if (cells[0].StartsWith("YAML path", StringComparison.Ordinal))
            {
                header = cells;
                continue;
            }

            var column = header is null ? -1 : Array.IndexOf(header, "Default");
            if (column < 0 || column >= cells.Length || SinglePath().Match(cells[0]) is not { Success: true } path || Value(cells[column]) is not { } value)
            {
                continue;
            }

            result.Add((prefix + path.Groups[1].Value, value, i + 1));
        }

        return result;
    }

    /// <summary>The documented single default of the parameter at the full YAML path <paramref name="path"/>, as a number.</summary>
    public static double Default(string path)
    {
        var rows = ParameterDefaults().Where(d => d.Path == path).ToList();
        Assert.True(rows.Count == 1, $"docs/ODD.md documents {rows.Count} defaults for {path}");
        return double.Parse(rows[0].Default, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of the first table after the first line that starts with <paramref name="text"/>, each a list of its cells.</summary>
    public static List<string[]> TableAfter(string text)
    {
        var lines = Text.Value;
        var start = Array.FindIndex(lines, l => l.StartsWith(text, StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/ODD.md has no line starting '{text}'");
        var first = Array.FindIndex(lines, start, l => l.StartsWith('|'));
        return [.. lines.Skip(first + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells)];
    }

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>
    /// A default cell as a <c>--set</c> value: a number (thousands separated by commas, the minus sign "−", powers of ten
    /// written 10^k), true, false or one word in backquotes; null for anything else (an empty list, "see Section 7").
    /// </summary>
    private static string? Value(string cell)
    {
        var text = cell.Trim('`').Replace('−', '-').Replace(",", "", StringComparison.Ordinal);
        if (PowerOfTen().Match(text) is { Success: true } power)
        {
            return $"1e{power.Groups[1].Value}";
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || Word().IsMatch(text) ? text : null;
    }

    [GeneratedRegex(@"All paths (?:are )?under `([^`]+)`")]
    private static partial Regex Under();

    [GeneratedRegex(@"^`([a-z_]+(?:\.[a-z_]+)*)`$")]
    private static partial Regex SinglePath();

    [GeneratedRegex(@"^10\^(-?\d+)$")]
    private static partial Regex PowerOfTen();

    [GeneratedRegex(@"^[a-z][a-z0-9_-]*$")]
    private static partial Regex Word();
}
