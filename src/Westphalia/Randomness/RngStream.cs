namespace Westphalia.Randomness;

/// <summary>
/// The mechanism part of the random generator's key. Each mechanism draws from its own stream, so adding draws
/// to one mechanism never shifts the numbers another sees. Values are part of the reproducibility contract:
/// never renumber an existing stream.
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
}
