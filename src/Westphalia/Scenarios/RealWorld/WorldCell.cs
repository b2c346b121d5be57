namespace Westphalia.Scenarios.RealWorld;

/// <summary>
/// A 0.5° land cell of the `world` grid held by one state: <see cref="Row"/> 0–359 from latitude −90, <see cref="Column"/>
/// 0–719 from longitude −180. A cell holds one region per state in it: the state that owns its centre, and a state too
/// small to own any cell's centre in the cell of its representative point.
/// </summary>
public readonly record struct WorldCell(int Row, int Column, int State)
{
    public const int Columns = 720;
    public const int Rows = 360;
    public const double Size = 0.5;

    /// <summary>The PRIO-GRID v2 cell id: 1 at the south-west corner, increasing eastward, then northward.</summary>
    public int PrioGrid => (Row * Columns) + Column + 1;

    /// <summary>Latitude of the cell's centre.</summary>
    public double Latitude => -90 + (Size * Row) + (Size / 2);

    /// <summary>Longitude of the cell's centre.</summary>
    public double Longitude => -180 + (Size * Column) + (Size / 2);

    /// <summary>The latitude of a PRIO-GRID cell's centre.</summary>
    public static double LatitudeOf(int prioGrid) => -90 + (Size * ((prioGrid - 1) / Columns)) + (Size / 2);

    /// <summary>The longitude of a PRIO-GRID cell's centre.</summary>
    public static double LongitudeOf(int prioGrid) => -180 + (Size * ((prioGrid - 1) % Columns)) + (Size / 2);

    /// <summary>The row of the cell containing a latitude (the north pole in the last row).</summary>
    public static int RowOf(double latitude) => Math.Clamp((int)Math.Floor((latitude + 90) / Size), 0, Rows - 1);

    /// <summary>The column of the cell containing a longitude (180° in the last column).</summary>
    public static int ColumnOf(double longitude) => Math.Clamp((int)Math.Floor((longitude + 180) / Size), 0, Columns - 1);
}
