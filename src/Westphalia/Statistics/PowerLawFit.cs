namespace Westphalia.Statistics;

/// <summary>
/// A power law fitted to the tail x ≥ <paramref name="XMin"/> of a data set by the method of Clauset, Shalizi &amp;
/// Newman 2009, "Power-law distributions in empirical data", SIAM Review 51(4):661–703: α by maximum likelihood
/// (§3.1) and x_min by the smallest Kolmogorov–Smirnov distance (§3.3).
/// </summary>
/// <param name="Alpha">The scaling exponent α̂.</param>
/// <param name="XMin">The lower bound of power-law behaviour x̂_min (a data value).</param>
/// <param name="TailCount">The data points at or above x̂_min, n_tail.</param>
/// <param name="N">All data points.</param>
/// <param name="KsDistance">The largest gap D between the tail's empirical CDF and the fitted CDF (CSN §3.3).</param>
/// <param name="StandardError">
/// The asymptotic standard error of α̂: (α̂ − 1)/√n_tail for continuous data (CSN eq. 3.2), and
/// 1/√(n_tail · d²ln ζ(α, x_min)/dα²) at α̂ for discrete data (CSN eq. 3.6).
/// </param>
/// <param name="Discrete">Whether the discrete power law was fitted.</param>
public sealed record PowerLawFit(
    double Alpha,
    double XMin,
    int TailCount,
    int N,
    double KsDistance,
    double StandardError,
    bool Discrete);
