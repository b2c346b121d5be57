using System.Globalization;

namespace Westphalia.Statistics;

/// <summary>
/// A logit fitted by <see cref="LogisticRegression.Fit"/>. The parameters are in the order of
/// <see cref="Names"/>: the constant first, then the covariates in the order of the design matrix's columns.
/// </summary>
/// <param name="Names">The parameters' names: <see cref="LogisticRegression.ConstantName"/>, then the covariates'.</param>
/// <param name="Coefficients">The maximum-likelihood estimates β̂.</param>
/// <param name="StandardErrors">
/// √ of the diagonal of the inverse information matrix I(β̂)⁻¹, I = Σ pᵢ(1 − pᵢ) xᵢ xᵢᵀ (the observed information,
/// which for the logit equals the expected information); NaN when I is singular.
/// </param>
/// <param name="ZValues">β̂ⱼ / SEⱼ, the Wald statistics.</param>
/// <param name="PValues">Two-sided p-values of the Wald statistics against the standard normal, 2 Φ(−|z|).</param>
/// <param name="LogLikelihood">The log-likelihood at β̂.</param>
/// <param name="NullLogLikelihood">The log-likelihood of the constant-only model, k ln(k/n) + (n − k) ln(1 − k/n).</param>
/// <param name="Observations">The number of observations n.</param>
/// <param name="Events">The number of observations with outcome 1, k.</param>
/// <param name="Iterations">The Newton steps taken.</param>
/// <param name="Converged">
/// Whether Newton–Raphson converged to the maximum of the likelihood. When false (separation, collinearity, too
/// few iterations) the other numbers are those of the last iterate and should not be interpreted.
/// </param>
/// <param name="Message">What happened, in words: the number of iterations, or why the fit failed.</param>
public sealed record LogitFit(
    IReadOnlyList<string> Names,
    IReadOnlyList<double> Coefficients,
    IReadOnlyList<double> StandardErrors,
    IReadOnlyList<double> ZValues,
    IReadOnlyList<double> PValues,
    double LogLikelihood,
    double NullLogLikelihood,
    int Observations,
    int Events,
    int Iterations,
    bool Converged,
    string Message)
{
    /// <summary>McFadden's pseudo-R², 1 − ln L(β̂) / ln L₀ (McFadden 1974, in Zarembka, ed., "Frontiers in Econometrics").</summary>
    public double PseudoRSquared => 1.0 - (LogLikelihood / NullLogLikelihood);

    /// <summary>The estimate, standard error, z and p-value of the parameter called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public LogitCoefficient Coefficient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var j = 0; j < Names.Count; j++)
        {
            if (string.Equals(Names[j], name, StringComparison.Ordinal))
            {
                return new LogitCoefficient(name, Coefficients[j], StandardErrors[j], ZValues[j], PValues[j]);
            }
        }

        throw new KeyNotFoundException($"No parameter is called '{name}'; the parameters are {string.Join(", ", Names)}.");
    }

    /// <summary>
    /// The fitted probability of the event for covariate values <paramref name="row"/> (one per covariate, in the
    /// order of the design matrix's columns, without the constant).
    /// </summary>
    /// <exception cref="ArgumentException">The row does not hold one value per covariate.</exception>
    public double Probability(ReadOnlySpan<double> row) => LogisticRegression.Probability(Coefficients, row);
}
