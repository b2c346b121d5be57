namespace Westphalia.Laboratory;

/// <summary>
/// What a sensitivity analysis found for one factor and one outcome: the factor's <see cref="Rank"/> among the factors
/// for that outcome (1: the most influential, by μ* for Morris and by the total-order index for Sobol), and the method's
/// indices (<see cref="Morris"/> or <see cref="Sobol"/>, the other null).
/// </summary>
public sealed record SensitivityIndex(Outcome Outcome, SweepFactor Factor, int Rank, MorrisIndex? Morris, SobolIndex? Sobol)
{
    /// <summary>The measure the factors are ranked by: μ* (Morris) or the total-order index ST (Sobol).</summary>
    public double Importance => Morris?.MuStar ?? Sobol?.ST ?? double.NaN;
}
