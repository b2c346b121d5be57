using MemoryPack;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>What a checkpoint carries of <see cref="CountryYearsObserver"/>: the panel so far.</summary>
[MemoryPackable]
internal sealed partial class CountryYearsState
{
    public List<CountryYear> Rows { get; set; } = [];
}
