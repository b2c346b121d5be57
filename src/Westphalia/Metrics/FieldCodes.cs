using System.Globalization;

namespace Westphalia.Metrics;

/// <summary>
/// The codes of the field's datasets that the war and violence lists share: a state's Correlates of War and
/// Gleditsch–Ward numbers as they were at a given month (a slot reused by a new state has the new state's codes, so an
/// earlier holder's are unknown), the regions COW and UCDP assign by those numbers, and the centre of a PRIO-GRID cell.
/// </summary>
public static class FieldCodes
{
    /// <summary>COW's code for a value not applicable (a second start date of a war entered once).</summary>
    public const int NotApplicable = -8;

    /// <summary>COW's code for a value unknown (a day of the month, a synthetic state's country code).</summary>
    public const int Unknown = -9;

    /// <summary>COW's code for the end date of a war still going on.</summary>
    public const int Ongoing = -7;

    /// <summary>The number of PRIO-GRID cells (720 columns × 360 rows of 0.5°).</summary>
    public const int PrioGridCells = Scenarios.RealWorld.WorldCell.Columns * Scenarios.RealWorld.WorldCell.Rows;

    /// <summary>Whether the state now in <paramref name="slot"/> already held it at <paramref name="tick"/> (its codes are then the codes of the state of that month).</summary>
    public static bool HeldAt(StateTable states, int slot, int tick)
    {
        ArgumentNullException.ThrowIfNull(states);
        return slot >= 0 && slot < states.Count && states.FoundedTick[slot] <= tick;
    }

    /// <summary>The COW country code of the state in <paramref name="slot"/> at <paramref name="tick"/>, or null when it has none or is unknown.</summary>
    public static int? CowCode(StateTable states, int slot, int tick) =>
        HeldAt(states, slot, tick) && states.CowCode[slot] >= 0 ? states.CowCode[slot] : null;

    /// <summary>The Gleditsch–Ward number of the state in <paramref name="slot"/> at <paramref name="tick"/>, or null when it has none or is unknown.</summary>
    public static int? GwCode(StateTable states, int slot, int tick) =>
        HeldAt(states, slot, tick) && states.GwCode[slot] >= 0 ? states.GwCode[slot] : null;

    /// <summary>
    /// COW's region of a state by its country code (COW's numbering runs by region): 1 Western Hemisphere (2–165),
    /// 2 Europe (200–395), 4 Africa (402–626), 6 Middle East (630–698), 7 Asia (700–899), 9 Oceania (900–990); null
    /// outside these.
    /// </summary>
    public static int? CowRegion(int code) => code switch
    {
        >= 2 and < 200 => 1,
        >= 200 and < 400 => 2,
        >= 400 and < 630 => 4,
        >= 630 and < 700 => 6,
        >= 700 and < 900 => 7,
        >= 900 and < 1000 => 9,
        _ => null,
    };

    /// <summary>
    /// COW's <c>WhereFought</c> code for the regions a war was fought in (Inter-State War Data v4.0): a single region's
    /// code, or the code COW gives the combination (11 Europe and Middle East, 12 Europe and Asia, 13 Western Hemisphere
    /// and Asia, 14 Europe, Africa and Middle East, 15 Europe, Africa, Middle East and Asia, 16 Africa, Middle East, Asia
    /// and Oceania, 17 Asia and Oceania, 18 Africa and Middle East, 19 Europe, Africa, Middle East, Asia and Oceania);
    /// −9 (unknown) for no region or a combination COW has no code for.
    /// </summary>
    public static int WhereFought(IReadOnlySet<int> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (regions.Count == 1)
        {
            return regions.First();
        }

        var key = string.Join(",", regions.Order().Select(r => r.ToString(CultureInfo.InvariantCulture)));
        return key switch
        {
            "2,6" => 11,
            "2,7" => 12,
            "1,7" => 13,
            "2,4,6" => 14,
            "2,4,6,7" => 15,
            "4,6,7,9" => 16,
            "7,9" => 17,
            "4,6" => 18,
            "2,4,6,7,9" => 19,
            _ => Unknown,
        };
    }

    /// <summary>
    /// UCDP's region of a state by its Gleditsch–Ward number, as GED names it: Europe (200–399), Middle East (630–699),
    /// Asia (700–999), Africa (400–626), Americas (2–199); null outside these.
    /// </summary>
    public static string? UcdpRegion(int gw) => UcdpRegionNumber(gw) switch
    {
        1 => "Europe",
        2 => "Middle East",
        3 => "Asia",
        4 => "Africa",
        5 => "Americas",
        _ => null,
    };

    /// <summary>UCDP's region number of a state by its Gleditsch–Ward number, as the Armed Conflict Dataset codes it: 1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas; null outside these.</summary>
    public static int? UcdpRegionNumber(int gw) => gw switch
    {
        >= 2 and < 200 => 5,
        >= 200 and < 400 => 1,
        >= 400 and < 630 => 4,
        >= 630 and < 700 => 2,
        >= 700 and < 1000 => 3,
        _ => null,
    };

    /// <summary>
    /// The centre of a PRIO-GRID cell (v2: 0.5° cells, gid = row · 720 + column + 1, row 0 from latitude −90, column 0
    /// from longitude −180), or null for a gid outside 1–259,200 (a region with no real place).
    /// </summary>
    public static (double Latitude, double Longitude)? CellCentre(int gid)
    {
        if (gid < 1 || gid > PrioGridCells)
        {
            return null;
        }

        return (Scenarios.RealWorld.WorldCell.LatitudeOf(gid), Scenarios.RealWorld.WorldCell.LongitudeOf(gid));
    }

    /// <summary>A point as well-known text, <c>POINT(longitude latitude)</c>, as GED's <c>geom_wkt</c> writes it.</summary>
    public static string Point(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"POINT({longitude:R} {latitude:R})");

    /// <summary>COW's fatality level of a number of battle deaths (MID 5.0): 0 none, 1 1–25, 2 26–100, 3 101–250, 4 251–500, 5 501–999, 6 1,000 or more.</summary>
    public static int FatalityLevel(long deaths) => deaths switch
    {
        <= 0 => 0,
        <= 25 => 1,
        <= 100 => 2,
        <= 250 => 3,
        <= 500 => 4,
        < 1000 => 5,
        _ => 6,
    };
}
