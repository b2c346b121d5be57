namespace Westphalia.Statistics;

/// <summary>
/// The semi-parametric bootstrap goodness-of-fit test of Clauset, Shalizi &amp; Newman 2009, SIAM Review
/// 51(4):661–703, §4.1: the share of synthetic data sets, drawn from the fitted power law above x_min and from the
/// observed values below it, whose own best fit is at least as far (in KS distance) from them as the fit is from the
/// data. CSN rule out the power law when <paramref name="PValue"/> ≤ 0.1; the p-value's sampling error is about
/// √(p(1−p)/<paramref name="Replicates"/>), so 2,500 replicates give it to ±0.01 (CSN §4.1).
/// </summary>
/// <param name="Fit">The fit to the data.</param>
/// <param name="PValue">The share of synthetic data sets with KS distance ≥ the observed one.</param>
/// <param name="AtLeastAsFar">The number of synthetic data sets with KS distance ≥ the observed one.</param>
/// <param name="Replicates">Synthetic data sets that yielded a fit (a set whose values are all equal yields none).</param>
public sealed record PowerLawGoodnessOfFit(PowerLawFit Fit, double PValue, int AtLeastAsFar, int Replicates);
