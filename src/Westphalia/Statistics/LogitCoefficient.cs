using System.Globalization;

namespace Westphalia.Statistics;

/// <summary>One parameter of a <see cref="LogitFit"/>.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Estimate">The maximum-likelihood estimate.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Z">Estimate / standard error.</param>
/// <param name="PValue">The two-sided normal p-value of <paramref name="Z"/>.</param>
public sealed record LogitCoefficient(string Name, double Estimate, double StandardError, double Z, double PValue);
