using System.Text.RegularExpressions;

namespace Westphalia.Metrics;

/// <summary>
/// The columns of a run's tables as docs/OUTPUTS.md describes them (the file is built into this library): for every
/// section headed by a table's CSV file, its table of columns (<c>| column | type | unit | meaning |</c>; a row may name
/// several columns, whose types are then listed in order), and a line "Other columns: as in <c>X.csv</c>." for columns
/// described with another table. The data package of a run takes its descriptions from here, so documentation and
/// package say the same.
/// </summary>
public static partial class OutputDocumentation
{
    private static readonly Lazy<Dictionary<string, Section>> Sections = new(() => Parse(ReadResource()));

    /// <summary>The tables documented, by name (the CSV file's name without <c>.csv</c>).</summary>
    public static IReadOnlyCollection<string> Tables => Sections.Value.Keys;

    /// <summary>The documentation of a column of a run's table, or null when docs/OUTPUTS.md does not describe it.</summary>
    public static ColumnDocumentation? Describe(string table, string column)
    {
        var sections = Sections.Value;
        var name = table;
        for (var depth = 0; depth < 4 && name is not null && sections.TryGetValue(name, out var section); depth++)
        {
            if (section.Columns.TryGetValue(column, out var found))
            {
                return found;
            }

            name = section.Fallback;
        }

        return null;
    }

    /// <summary>
    /// What a table's section says a synthetic world (one with no real states or places) cannot fill, and why: the
    /// paragraph that begins "**Synthetic worlds.**", or null when the section has none.
    /// </summary>
    public static string? SyntheticWorlds(string table) =>
        Sections.Value.TryGetValue(table, out var section) && section.Synthetic is { Length: > 0 } text ? text : null;

    /// <summary>Reads the sections of a document written like docs/OUTPUTS.md.</summary>
    internal static Dictionary<string, Section> Parse(string markdown)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        List<Section> current = [];
        string[]? header = null;
        var synthetic = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith(SyntheticHeading, StringComparison.Ordinal) && current.Count > 0)
            {
                synthetic = true;
                line = line[SyntheticHeading.Length..].Trim();
            }

            if (synthetic)
            {
                if (line.Trim().Length == 0 || line.StartsWith('|') || line.StartsWith('#'))
                {
                    synthetic = false;
                }
                else
                {
                    current.ForEach(s => s.Synthetic = s.Synthetic is null ? line.Trim() : $"{s.Synthetic} {line.Trim()}");
                    continue;
                }
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = [.. CsvName().Matches(line).Select(m => new Section(m.Groups[1].Value))];
                current.ForEach(s => sections[s.Name] = s);
                header = null;
            }
            else if (current.Count == 0)
            {
                continue;
            }
            else if (OtherColumns().Match(line) is { Success: true } other)
            {
                current.ForEach(s => s.Fallback = other.Groups[1].Value);
            }
            else if (line.StartsWith('|'))
            {
                var cells = Cells(line);
                if (header is null)
                {
                    header = cells;
                }
                else if (!cells.All(c => c.All(ch => ch is '-' or ':')))
                {
                    Row(current, header, cells);
                }
            }
            else
            {
                header = null;
            }
        }

        return sections;
    }

    private static void Row(List<Section> sections, string[] header, string[] cells)
    {
        string? Cell(string name) => Array.IndexOf(header, name) is var k and >= 0 && k < cells.Length && cells[k].Length > 0 ? cells[k] : null;
        var columnCell = Cell("column");
        var meaning = Cell("meaning");
        if (columnCell is null || meaning is null)
        {
            return;
        }

        var names = ColumnName().Matches(columnCell).Select(m => m.Groups[1].Value).ToArray();
        var types = Cell("type") is { } type ? type.Split(", ") : [];
        for (var k = 0; k < names.Length; k++)
        {
            var typeOf = types.Length == names.Length ? types[k] : types.Length == 1 ? types[0] : null;
            var documentation = new ColumnDocumentation(meaning, Cell("unit"), typeOf);
            sections.ForEach(s => s.Columns[names[k]] = documentation);
        }
    }

    private const string SyntheticHeading = "**Synthetic worlds.**";

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    private static string ReadResource()
    {
        using var stream = typeof(OutputDocumentation).Assembly.GetManifestResourceStream("Westphalia.OUTPUTS.md")
            ?? throw new InvalidOperationException("docs/OUTPUTS.md is not built into this library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"`([a-z_]+)\.csv`")]
    private static partial Regex CsvName();

    [GeneratedRegex(@"`([A-Za-z0-9_]+)`")]
    private static partial Regex ColumnName();

    [GeneratedRegex(@"^Other columns: as in `([a-z_]+)\.csv`")]
    private static partial Regex OtherColumns();

    /// <summary>One table's documented columns.</summary>
    internal sealed class Section(string name)
    {
        public string Name { get; } = name;

        public Dictionary<string, ColumnDocumentation> Columns { get; } = new(StringComparer.Ordinal);

        public string? Fallback { get; set; }

        /// <summary>What a synthetic world cannot fill in the table, and why.</summary>
        public string? Synthetic { get; set; }
    }
}
