namespace Westphalia.Laboratory;

/// <summary>
/// One factor's elementary effects on one outcome (<see cref="Morris"/>): their mean <see cref="Mu"/>, the mean of their
/// absolute values <see cref="MuStar"/> (Campolongo, Cariboni and Saltelli 2007) with a 95% bootstrap interval, and
/// their standard deviation <see cref="Sigma"/>, over <see cref="Effects"/> trajectories.
/// </summary>
public sealed record MorrisIndex(int Effects, double Mu, double MuStar, double MuStarLow, double MuStarHigh, double Sigma);
