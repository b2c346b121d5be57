namespace Westphalia;

/// <summary>
/// Where organised violence struck this month, as the war mechanisms leave it for War damage and displacement to read
/// (docs/ODD.md §7.6): the regions civil wars fought over, interstate war's battlefields and the civilians killed in
/// each region. Rebuilt every month by the mechanisms that fight; never carried from one month to the next.
/// </summary>
public sealed class FightingThisMonth
{
    public FightingThisMonth(int regions) => CiviliansKilled = new long[regions];

    /// <summary>The regions contested by a civil war this month, ascending, as civil war leaves them.</summary>
    public List<int> CivilWarRegions { get; } = [];

    /// <summary>Interstate war's battle sites this month (target and attacker cells), in the order of the battles.</summary>
    public List<int> Battlefields { get; } = [];

    /// <summary>Civilians killed in each region this month by one-sided violence in civil wars.</summary>
    public long[] CiviliansKilled { get; }
}
