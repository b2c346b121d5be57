namespace Westphalia.Scenarios.Imports;

/// <summary>A record of an imported file longer than the limit, found on <see cref="Line"/>.</summary>
internal sealed class RecordTooLongException(int line, int limit)
    : IOException($"the record starting on line {line} is longer than {limit:N0} characters")
{
    public int Line { get; } = line;

    public int Limit { get; } = limit;
}
