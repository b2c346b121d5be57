namespace Westphalia.Benchmarks;

/// <summary>
/// An estimate of the bytes an ordinary month (February to November) moves per region: the per-region arrays of
/// <see cref="RegionTable"/> that each region-wide pass of the foundation's monthly phases reads or writes, as the code
/// does them now. The passes and their arrays are listed by hand below (read from the source); the element size of
/// each array is taken by reflection from its property's type, so the figure follows a change of type. An array read
/// counts its element size, one written counts it once more, as in STREAM (no write-allocate read). Each pass is
/// assumed to stream its arrays once; reads of neighbours (migration) are assumed to hit the cache, and so are
/// Demography's reads of the month's migrants, written a grid row or so earlier in the same sweep. The displaced a
/// region hosts are counted as read only: Demography writes them only where deaths cut them.
/// </summary>
/// <remarks>
/// Not counted, so the estimate is a lower bound: per-region arrays outside <see cref="RegionTable"/> (Demography's
/// degree per region, the adjacency lists, the aggregation's member list, the observation window's violent deaths per
/// region), January's and December's extra passes (annual rates, Human Security scores), and the passes of the war
/// mechanisms, which visit only some regions; the same figure is used for <c>--war</c>.
/// </remarks>
public static class RegionTraffic
{
    /// <summary>
    /// Each pass over the regions in an ordinary month: its name, the phase of <c>--profile</c> that times it (none for
    /// the clearing of conflict deaths, which the profile does not time), and the arrays it reads and writes.
    /// </summary>
    public static readonly (string Pass, string? Phase, string[] Reads, string[] Writes)[] Passes =
    [
        ("Simulation.Step: clear conflict deaths", null, [], [nameof(RegionTable.ConflictDeaths)]),
        ("Demography: migration, births, deaths", "Demography",
            [nameof(RegionTable.Attractiveness), nameof(RegionTable.Owner), nameof(RegionTable.Population),
                nameof(RegionTable.BirthRate), nameof(RegionTable.DeathRate), nameof(RegionTable.ViolentDeathRate),
                nameof(RegionTable.BirthCarry), nameof(RegionTable.DeathCarry), nameof(RegionTable.ViolenceCarry), nameof(RegionTable.ConflictDeaths),
                nameof(RegionTable.Displaced)],
            [nameof(RegionTable.MigrantsOut), nameof(RegionTable.MigrantsIn),
                nameof(RegionTable.Population), nameof(RegionTable.BirthCarry), nameof(RegionTable.DeathCarry), nameof(RegionTable.ViolenceCarry),
                nameof(RegionTable.Births), nameof(RegionTable.Deaths), nameof(RegionTable.ViolentDeaths)]),
        ("Economy: growth", "Economy", [nameof(RegionTable.IncomePerCapita), nameof(RegionTable.GrowthFactor)], [nameof(RegionTable.IncomePerCapita)]),
        ("Health and food: toward the targets", "Health and food",
            [nameof(RegionTable.LifeExpectancy), nameof(RegionTable.LifeExpectancyTarget), nameof(RegionTable.FoodSecurity), nameof(RegionTable.FoodSecurityTarget)],
            [nameof(RegionTable.LifeExpectancy), nameof(RegionTable.FoodSecurity)]),
        ("Aggregation: state sums", "Aggregation", [nameof(RegionTable.Owner), nameof(RegionTable.Population), nameof(RegionTable.IncomePerCapita)], []),
        ("Observation window: flows", "Observers",
            [nameof(RegionTable.Owner), nameof(RegionTable.Births), nameof(RegionTable.Deaths), nameof(RegionTable.ViolentDeaths),
                nameof(RegionTable.MigrantsIn), nameof(RegionTable.MigrantsOut)],
            []),
    ];

    /// <summary>Bytes of one element of the <see cref="RegionTable"/> array property <paramref name="array"/>.</summary>
    public static int ElementSize(string array)
    {
        var type = typeof(RegionTable).GetProperty(array)?.PropertyType.GetElementType()
            ?? throw new ArgumentException($"RegionTable has no array {array}", nameof(array));
        return Buffer.ByteLength(Array.CreateInstance(type, 1));
    }

    /// <summary>Bytes one pass moves per region.</summary>
    public static int BytesPerRegion((string Pass, string? Phase, string[] Reads, string[] Writes) pass) =>
        pass.Reads.Sum(ElementSize) + pass.Writes.Sum(ElementSize);

    /// <summary>Bytes moved per region-tick in an ordinary month: the sum over <see cref="Passes"/>.</summary>
    public static int BytesPerRegionTick => Passes.Sum(BytesPerRegion);

    /// <summary>Bytes per region of the distinct arrays the passes touch: the world's working set per region.</summary>
    public static int FootprintPerRegion => Passes.SelectMany(p => p.Reads.Concat(p.Writes)).Distinct().Sum(ElementSize);
}
