namespace Westphalia.Laboratory;

/// <summary>
/// One factor's Sobol' indices for one outcome (<see cref="Saltelli"/>): the first-order index <see cref="S1"/> (the
/// share of the outcome's variance its variation alone explains) and the total-order index <see cref="ST"/> (the share
/// left unexplained when every other factor is known), each with a 95% bootstrap interval.
/// </summary>
public sealed record SobolIndex(double S1, double S1Low, double S1High, double ST, double STLow, double STHigh);
