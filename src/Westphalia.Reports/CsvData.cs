using System.Globalization;
using System.Text;

namespace Westphalia.Reports;

/// <summary>
/// A CSV table of an output folder read back for a report (RFC 4180: quoted fields, doubled quotes, line breaks inside
/// quotes): its columns by name, as text or as numbers (an empty or non-numeric field reads as NaN).
/// </summary>
public sealed class CsvData
{
    private readonly Dictionary<string, int> _index;
    private readonly List<string[]> _rows;

    private CsvData(string path, string[] header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        _rows = rows;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _index.TryAdd(header[i], i);
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public int Count => _rows.Count;

    public bool Has(string column) => _index.ContainsKey(column);

    public static CsvData Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var records = Records(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new ReportException($"{path}: the file is empty; a table has at least a header line");
        }

        var header = records.Current;
        var rows = new List<string[]>();
        var line = 1;
        while (records.MoveNext())
        {
            line++;
            if (records.Current.Length != header.Length)
            {
                throw new ReportException($"{path}, record {line}: {records.Current.Length} fields where the header has {header.Length}");
            }

            rows.Add(records.Current);
        }

        return new CsvData(path, header, rows);
    }

    /// <summary>The text of every row of a column.</summary>
    public string[] Texts(string column)
    {
        var i = IndexOf(column);
        return [.. _rows.Select(r => r[i])];
    }

    /// <summary>The numbers of every row of a column (NaN where a field is empty or not a number; true and false as 1 and 0).</summary>
    public double[] Numbers(string column)
    {
        var i = IndexOf(column);
        return [.. _rows.Select(r => Number(r[i]))];
    }

    public static double Number(string field) => field switch
    {
        "true" => 1,
        "false" => 0,
        _ => double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
    };

    private int IndexOf(string column) => _index.TryGetValue(column, out var i)
        ? i
        : throw new ReportException($"{Path}: no column '{column}'; a report needs it (the file may be from another version of the program)");

    private static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return [.. fields];
                    fields.Clear();
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
