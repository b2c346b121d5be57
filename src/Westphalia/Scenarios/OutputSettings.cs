using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

public sealed class OutputSettings
{
    [YamlMember(Description = "How often the state and world time series get a row: yearly or monthly.")]
    public OutputCadence Cadence { get; set; } = OutputCadence.Yearly;

    [YamlMember(Description = "Years whose December the regions table also records, besides the last year: the dates of the report's maps.")]
    public List<int> MapYears { get; set; } = [];
}
