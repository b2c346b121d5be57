namespace Westphalia.Statistics;

/// <summary>
/// Nonparametric bootstrap uncertainty of a power-law fit, as Clauset, Shalizi &amp; Newman 2009 (SIAM Review
/// 51(4):661–703) use for the uncertainties they quote (Efron &amp; Tibshirani 1993, "An Introduction to the
/// Bootstrap", ch. 13): the full data set is resampled with replacement and x_min and α are refitted on each
/// replicate.
/// </summary>
/// <param name="Fit">The fit to the original data.</param>
/// <param name="AlphaLower">The lower end of the percentile interval for α.</param>
/// <param name="AlphaUpper">The upper end of the percentile interval for α.</param>
/// <param name="AlphaStandardDeviation">The standard deviation of α̂ over replicates.</param>
/// <param name="XMinMean">The mean of x̂_min over replicates.</param>
/// <param name="XMinStandardDeviation">The standard deviation of x̂_min over replicates.</param>
/// <param name="Confidence">The coverage of the interval.</param>
/// <param name="Replicates">Replicates that yielded a fit (a replicate whose values are all equal yields none).</param>
/// <param name="AlphaReplicates">α̂ of each replicate in replicate order; NaN where a replicate yielded no fit.</param>
/// <param name="XMinReplicates">x̂_min of each replicate in replicate order; NaN where a replicate yielded no fit.</param>
public sealed record PowerLawUncertainty(
    PowerLawFit Fit,
    double AlphaLower,
    double AlphaUpper,
    double AlphaStandardDeviation,
    double XMinMean,
    double XMinStandardDeviation,
    double Confidence,
    int Replicates,
    IReadOnlyList<double> AlphaReplicates,
    IReadOnlyList<double> XMinReplicates);
