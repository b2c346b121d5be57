using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>country_years.csv and country_years.parquet: the civil-war panel, one row per living state per January, as civil war reports it.</summary>
[Output(70, "country_years.csv", "country_years.parquet")]
public sealed class CountryYearsObserver : TableObserver
{
    private readonly List<CountryYear> _rows = [];

    public CountryYearsObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Events.Subscribe<CountryYear>(_rows.Add);
    }

    /// <summary>The panel so far.</summary>
    public IReadOnlyList<CountryYear> Rows => _rows;

    protected override Table Build() => CountryYearWriter.Build(_rows);

    public override void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_rows.Count);
        foreach (var row in _rows)
        {
            row.Write(writer);
        }
    }

    public override void Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _rows.Clear();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            _rows.Add(CountryYear.Read(reader));
        }
    }
}
