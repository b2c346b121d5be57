namespace Westphalia.Metrics;

/// <summary>What a map of the real world colours its land by (<see cref="RealMap"/>).</summary>
public enum RealMapLayer
{
    /// <summary>Each state its own colour, neighbouring states in different colours.</summary>
    Ownership,

    /// <summary>Each alliance bloc its colour, states in no bloc grey.</summary>
    Blocs,

    /// <summary>The Human Security Index of each region on the viridis scale.</summary>
    Hsi,
}
