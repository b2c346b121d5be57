using System.Text;
using nietras.SeparatedValues;

namespace Westphalia.Scenarios.Imports;

/// <summary>
/// A CSV file read for an import, one record at a time (RFC 4180 through the Sep reader: comma-separated, a header
/// row, quoted cells with doubled quotes and line breaks, cells trimmed of surrounding spaces). A record longer than
/// <see cref="ScenarioLimits.MaxRecordLength"/>, text that is not UTF-8, a header naming a column twice or a row with
/// another number of cells than the header are reported with their place, and reading stops or the row is skipped.
/// </summary>
internal sealed class ImportCsv : IDisposable
{
    private readonly SepReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly ImportErrors _errors;
    private bool _stopped;
    private int _lastLine = 1;

    private ImportCsv(string file, SepReader reader, ImportErrors errors)
    {
        File = file;
        _reader = reader;
        _errors = errors;
        var names = reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            _columns[i == 0 ? names[i].TrimStart('\uFEFF') : names[i]] = i;
        }

        Header = [.. _columns.OrderBy(c => c.Value).Select(c => c.Key)];
    }

    public string File { get; }

    /// <summary>The column names of the header, in order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Opens a file; null (with the problem reported) when it cannot be read or its header is unusable.</summary>
    public static ImportCsv? Open(string file, ImportErrors errors, ScenarioLimits limits)
    {
        TextReader? text = null;
        try
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            text = new BoundedRecordReader(new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true), limits.MaxRecordLength);
            var reader = new SepReaderOptions(Sep.New(',')) { HasHeader = true, Unescape = true, Trim = SepTrim.Outer, DisableColCountCheck = true }.From(text);
            if (reader.Header.IsEmpty)
            {
                reader.Dispose();
                errors.Add(file, 0, 0, "", "the file is empty; it needs a header row naming its columns");
                return null;
            }

            return new ImportCsv(file, reader, errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException)
        {
            text?.Dispose();
            Report(file, errors, e, 1);
            return null;
        }
    }

    /// <summary>The index of a column, or −1 when the header has none of that name.</summary>
    public int IndexOf(string column) => _columns.GetValueOrDefault(column, -1);

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Reports each of <paramref name="columns"/> the header lacks (on line 1, with the columns it has); true when none is missing.</summary>
    public bool Require(params string[] columns)
    {
        var missing = columns.Where(c => !Has(c)).ToList();
        foreach (var column in missing)
        {
            _errors.Add(File, 1, 1, column, $"missing column '{column}'; the file's columns are: {Found()}");
        }

        return missing.Count == 0;
    }

    /// <summary>The header's columns as a message lists them.</summary>
    public string Found() => Header.Count == 0 ? "(none)" : string.Join(", ", Header.Select(ScenarioLoader.Shorten));

    /// <summary>
    /// The data rows, each as the cells of <paramref name="columns"/> (in that order). Empty lines are skipped; a row
    /// with another number of cells than the header is reported and skipped.
    /// </summary>
    public IEnumerable<ImportCell[]> Rows(params string[] columns)
    {
        var indexes = columns.Select(IndexOf).ToArray();
        while (true)
        {
            var cells = Next(columns, indexes);
            if (cells is null)
            {
                yield break;
            }

            if (cells.Length > 0)
            {
                yield return cells;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The next row's cells, an empty array for a row to skip, or null at the end.</summary>
    private ImportCell[]? Next(string[] columns, int[] indexes)
    {
        if (_stopped)
        {
            return null;
        }

        try
        {
            if (!_reader.MoveNext())
            {
                return null;
            }

            var row = _reader.Current;
            var line = row.LineNumberFrom;
            _lastLine = row.LineNumberToExcl;
            if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
            {
                return [];
            }

            if (row.ColCount != Header.Count)
            {
                _errors.Add(File, line, 1, "", $"the row has {row.ColCount} cells where the header has {Header.Count} ({Found()})");
                return [];
            }

            var cells = new ImportCell[columns.Length];
            for (var k = 0; k < columns.Length; k++)
            {
                var i = indexes[k];
                cells[k] = new ImportCell(File, line, i + 1, columns[k], i >= 0 ? row[i].ToString() : "");
            }

            return cells;
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException)
        {
            _stopped = true;
            Report(File, _errors, e, _lastLine);
            return null;
        }
    }

    private static void Report(string file, ImportErrors errors, Exception e, int line)
    {
        switch (e)
        {
            case RecordTooLongException tooLong:
                errors.Add(file, tooLong.Line, 1, "", $"a record longer than {tooLong.Limit:N0} characters; is this a CSV file?");
                break;
            case DecoderFallbackException:
                errors.Add(file, line, 1, "", "the file is not UTF-8 text");
                break;
            case ArgumentException:
                errors.Add(file, 1, 1, "", $"the header cannot be read: {ScenarioLoader.Shorten(e.Message)}");
                break;
            case UnauthorizedAccessException:
                errors.Add(file, 0, 0, "", "cannot be read: permission denied");
                break;
            default:
                errors.Add(file, 0, 0, "", $"cannot be read: {e.Message}");
                break;
        }
    }
}
