using System.Text;

namespace Westphalia.Server.Play;

/// <summary>Writes CSV as RFC 4180 says: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line break, its quotes doubled.</summary>
public static class Csv
{
    /// <summary>Appends one record.</summary>
    public static void AppendRow(StringBuilder csv, params string?[] fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(fields[i] ?? ""));
        }

        csv.Append("\r\n");
    }

    /// <summary>A field as it is written: quoted if it must be.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
