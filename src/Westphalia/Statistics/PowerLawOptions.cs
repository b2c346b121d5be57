namespace Westphalia.Statistics;

/// <summary>
/// Settings of the Clauset–Shalizi–Newman power-law estimator (<see cref="PowerLaw"/>). The defaults follow
/// Clauset, Shalizi &amp; Newman 2009, "Power-law distributions in empirical data", SIAM Review 51(4):661–703.
/// </summary>
public sealed record PowerLawOptions
{
    /// <summary>The default settings: continuous data, tails of at least 10 points, 1,000 replicates, 95%.</summary>
    public static PowerLawOptions Default { get; } = new();

    /// <summary>
    /// Whether the data are positive integers following p(x) = x^−α / ζ(α, x_min) (CSN §2) rather
    /// than the continuous density (α−1)/x_min · (x/x_min)^−α (CSN §2).
    /// </summary>
    public bool Discrete { get; init; }

    /// <summary>The fewest data points at or above a candidate x_min for it to be considered (at least 2).</summary>
    public int MinTail { get; init; } = 10;

    /// <summary>
    /// The most candidate x_min values scanned. When the data hold more distinct values with a tail of at least
    /// <see cref="MinTail"/>, this many are taken evenly spaced by rank among them (the smallest and the largest
    /// always included), so a fit of 10^5 continuous values costs O(MaxCandidates · n) rather than O(n²).
    /// Data with fewer distinct values are scanned in full, as in CSN §3.3.
    /// </summary>
    public int MaxCandidates { get; init; } = 10_000;

    /// <summary>Bootstrap replicates for <see cref="PowerLaw.Bootstrap"/> and <see cref="PowerLaw.GoodnessOfFit"/>.</summary>
    public int Replicates { get; init; } = 1_000;

    /// <summary>The coverage of the bootstrap percentile interval for α, in (0, 1).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>The key of the counter-based generator; the same seed gives the same replicates.</summary>
    public ulong Seed { get; init; }

    /// <summary>Threads used for replicates; −1 uses all. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinTail, 2, nameof(MinTail));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandidates, 1, nameof(MaxCandidates));
        ArgumentOutOfRangeException.ThrowIfLessThan(Replicates, 1, nameof(Replicates));
        if (!(Confidence > 0.0 && Confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "Confidence must lie strictly between 0 and 1.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be positive or −1 (all processors).");
        }
    }
}
