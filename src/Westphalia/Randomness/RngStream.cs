namespace Westphalia.Randomness;

/// <summary>
/// The mechanism part of the random generator's key. A mechanism that draws random numbers uses its own stream,
/// so adding draws to one mechanism never shifts the numbers another sees (today world generation and Economy
/// draw; the others are reserved). Values are part of the reproducibility contract: never renumber a stream.
/// </summary>
public enum RngStream : uint
{
    WorldGeneration = 1,
    Economy = 2,
    Demography = 3,
    HealthAndFood = 4,
    PublicSafety = 5,
    Budget = 6,
    Military = 7,
    Doctrine = 8,
    InterstateWar = 10,
    Statistics = 9,
    CivilWar = 11,
    TransnationalThreats = 12,
    UnitedNations = 13,
    Treaties = 14,

    /// <summary>The laboratory's Latin hypercube sampler (keyed by the design's own seed, not a run's).</summary>
    LatinHypercube = 15,

    /// <summary>The laboratory's bootstrap resampling (state-and-citizens): which runs each replicate draws.</summary>
    Bootstrap = 16,

    /// <summary>The laboratory's sensitivity analysis: the Morris trajectories (keyed by the design's own seed, not a run's).</summary>
    SensitivitySampler = 17,

    /// <summary>The laboratory's sensitivity analysis: the bootstrap resamples of its indices' confidence intervals.</summary>
    SensitivityBootstrap = 18,
}
