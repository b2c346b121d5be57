namespace Westphalia.Metrics;

/// <summary>
/// One named, typed column of a <see cref="Table"/>; values are kept in a typed list. A nullable column may hold nulls
/// (a missing value: no alliance, no rebels, a war not yet ended): a null row keeps a placeholder in the typed list and
/// is marked, so CSV writes an empty field, Parquet a real null, and <see cref="TableCodec"/> keeps the mark.
/// </summary>
public sealed class Column(string name, ColumnKind kind, bool nullable = false)
{
    private readonly HashSet<int> _nulls = [];

    public string Name { get; } = name;

    public ColumnKind Kind { get; } = kind;

    /// <summary>Whether the column may hold nulls (an optional column in Parquet).</summary>
    public bool Nullable { get; } = nullable;

    public List<int> Ints { get; } = [];

    public List<long> Longs { get; } = [];

    public List<double> Doubles { get; } = [];

    public List<string> Texts { get; } = [];

    public List<bool> Bools { get; } = [];

    public List<DateOnly> Dates { get; } = [];

    public int Count => Kind switch
    {
        ColumnKind.Int => Ints.Count,
        ColumnKind.Long => Longs.Count,
        ColumnKind.Double => Doubles.Count,
        ColumnKind.Text => Texts.Count,
        ColumnKind.Date => Dates.Count,
        _ => Bools.Count,
    };

    /// <summary>How many rows are null.</summary>
    public int NullCount => _nulls.Count;

    /// <summary>Whether the value in <paramref name="row"/> is missing.</summary>
    public bool IsNull(int row) => _nulls.Count > 0 && _nulls.Contains(row);

    /// <summary>The value in <paramref name="row"/> of an int column, or null.</summary>
    public int? IntAt(int row) => IsNull(row) ? null : Ints[row];

    /// <summary>The value in <paramref name="row"/> of an int64 column, or null.</summary>
    public long? LongAt(int row) => IsNull(row) ? null : Longs[row];

    /// <summary>The value in <paramref name="row"/> of a double column, or null.</summary>
    public double? DoubleAt(int row) => IsNull(row) ? null : Doubles[row];

    /// <summary>The value in <paramref name="row"/> of a text column, or null.</summary>
    public string? TextAt(int row) => IsNull(row) ? null : Texts[row];

    /// <summary>The value in <paramref name="row"/> of a date column, or null.</summary>
    public DateOnly? DateAt(int row) => IsNull(row) ? null : Dates[row];

    /// <summary>Adds a missing value (a placeholder in the typed list, marked null).</summary>
    public void AddNull()
    {
        if (!Nullable)
        {
            throw new InvalidOperationException($"column '{Name}' does not allow nulls");
        }

        _nulls.Add(Count);
        switch (Kind)
        {
            case ColumnKind.Int: Ints.Add(0); break;
            case ColumnKind.Long: Longs.Add(0); break;
            case ColumnKind.Double: Doubles.Add(0); break;
            case ColumnKind.Text: Texts.Add(""); break;
            case ColumnKind.Date: Dates.Add(default); break;
            default: Bools.Add(false); break;
        }
    }

    public void Add(int? value)
    {
        if (value is { } v)
        {
            Ints.Add(v);
        }
        else
        {
            AddNull();
        }
    }

    public void Add(long? value)
    {
        if (value is { } v)
        {
            Longs.Add(v);
        }
        else
        {
            AddNull();
        }
    }

    public void Add(double? value)
    {
        if (value is { } v)
        {
            Doubles.Add(v);
        }
        else
        {
            AddNull();
        }
    }

    public void Add(DateOnly? value)
    {
        if (value is { } v)
        {
            Dates.Add(v);
        }
        else
        {
            AddNull();
        }
    }

    /// <summary>Adds a text; null (not the empty string) is a missing value.</summary>
    public void Add(string? value)
    {
        if (value is null)
        {
            AddNull();
        }
        else
        {
            Texts.Add(value);
        }
    }

    /// <summary>Appends every value of <paramref name="other"/>, a column of the same kind, with its nulls.</summary>
    public void Append(Column other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Kind != Kind || (other.NullCount > 0 && !Nullable))
        {
            throw new ArgumentException($"column '{other.Name}' ({other.Kind}) cannot be appended to column '{Name}' ({Kind})", nameof(other));
        }

        var offset = Count;
        foreach (var row in other._nulls)
        {
            _nulls.Add(offset + row);
        }

        Ints.AddRange(other.Ints);
        Longs.AddRange(other.Longs);
        Doubles.AddRange(other.Doubles);
        Texts.AddRange(other.Texts);
        Bools.AddRange(other.Bools);
        Dates.AddRange(other.Dates);
    }

    /// <summary>An empty column of the same name, kind and nullability.</summary>
    public Column EmptyCopy() => new(Name, Kind, Nullable);

    /// <summary>Removes every value.</summary>
    public void Clear()
    {
        _nulls.Clear();
        Ints.Clear();
        Longs.Clear();
        Doubles.Clear();
        Texts.Clear();
        Bools.Clear();
        Dates.Clear();
    }

    /// <summary>Marks a row already added as null (readers of records use it).</summary>
    internal void MarkNull(int row)
    {
        if (!Nullable)
        {
            throw new InvalidDataException($"column '{Name}' does not allow nulls");
        }

        _nulls.Add(row);
    }

    /// <summary>The null rows in ascending order.</summary>
    internal IEnumerable<int> NullRows() => _nulls.Order();
}
