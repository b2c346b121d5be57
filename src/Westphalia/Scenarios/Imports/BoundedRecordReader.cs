namespace Westphalia.Scenarios.Imports;

/// <summary>
/// Passes text through from a reader, and stops with <see cref="RecordTooLongException"/> when a CSV record runs past
/// a length: a line break inside double quotes does not end a record (a doubled quote toggles twice and so changes
/// nothing), so a file of one endless line or one endless quoted field is refused before it fills memory.
/// </summary>
internal sealed class BoundedRecordReader(TextReader inner, int maxRecordLength) : TextReader
{
    private bool _quoted;
    private int _length;
    private int _line = 1;
    private int _recordLine = 1;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        foreach (var c in buffer[..n])
        {
            Count(c);
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(char c)
    {
        if (c == '"')
        {
            _quoted = !_quoted;
        }
        else if (c == '\n')
        {
            _line++;
            if (!_quoted)
            {
                _length = 0;
                _recordLine = _line;
                return;
            }
        }

        if (++_length > maxRecordLength)
        {
            throw new RecordTooLongException(_recordLine, maxRecordLength);
        }
    }
}
