using MemoryPack;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="Recessions"/>: each state's income per capita at the last year's end.</summary>
[MemoryPackable]
internal sealed partial class RecessionsState
{
    public double[] LastYearIncome { get; set; } = [];
}
