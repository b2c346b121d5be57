namespace Westphalia.Laboratory;

/// <summary>
/// One state of the initial map in one run: whether its security as a state was maintained (alive at the end, holding
/// every region it held at the first observation, and never attacked) and the security of its people in the last year.
/// </summary>
public sealed record StateRun(ulong Seed, string State, bool Secure, double TerritoryKept, bool Attacked, double Hsi, double FreedomFromFear, double FreedomFromWant);
