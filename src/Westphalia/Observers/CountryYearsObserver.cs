using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>country_years.csv and country_years.parquet: the civil-war panel, one row per living state per January, as civil war reports it.</summary>
[Output(70, "country_years.csv", "country_years.parquet")]
public sealed class CountryYearsObserver : TableObserver
{
    private CountryYearsState _state = new();

    public CountryYearsObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Events.Subscribe<CountryYear>(row => _state.Rows.Add(row));
    }

    /// <summary>The panel so far.</summary>
    public IReadOnlyList<CountryYear> Rows => _state.Rows;

    protected override Table Build() => CountryYearWriter.Build(_state.Rows);

    public override void Save(BinaryWriter writer) => CheckpointCodec.Write(writer, _state);

    public override void Load(BinaryReader reader) => _state = CheckpointCodec.Read(reader, _state);
}
