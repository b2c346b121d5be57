using MemoryPack;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="WarEffects"/>: the displaced (the world's <see cref="DisplacementRegistry"/>) and the fractions of people carried between months.</summary>
[MemoryPackable]
internal sealed partial class WarEffectsState
{
    /// <summary>Per region: the fraction of a person carried between months so that whole-number flight is unbiased.</summary>
    public double[] FlightCarry { get; set; } = [];

    /// <summary>Displaced people by (origin region, host region), key origin &lt;&lt; 32 | host, in key order: the dictionary the world's registry holds.</summary>
    public SortedDictionary<long, long> Displaced { get; set; } = [];
}
