using Westphalia.Scenarios;

namespace Westphalia.Metrics;

/// <summary>
/// The geometry the maps share (<see cref="SvgMapWriter"/>, and the reports' painter): the cells of a grid around their
/// centres, and a border drawn across the link between two neighbours. Lengths are in grid units times a scale.
/// </summary>
public static class MapGeometry
{
    /// <summary>A cell's radius in grid units: a hexagon's circumradius (1/√3 for unit spacing), or half a square's side.</summary>
    public static double Radius(Topology? grid) => grid == Topology.Hex ? 1 / Math.Sqrt(3) : 0.5;

    /// <summary>The corners of a grid's cell: 6 for hexagons, 4 for squares.</summary>
    public static int Corners(Topology? grid) => grid == Topology.Hex ? 6 : 4;

    /// <summary>Corner <paramref name="c"/> of a cell, as an offset from its centre, with lengths times <paramref name="scale"/>.</summary>
    public static (double X, double Y) Corner(Topology? grid, int c, double scale)
    {
        var radius = Radius(grid);
        var angle = grid == Topology.Hex ? (Math.PI / 6) + (c * Math.PI / 3) : (Math.PI / 4) + (c * Math.PI / 2);
        var reach = grid == Topology.Hex ? radius : radius * Math.Sqrt(2);
        return (reach * scale * Math.Cos(angle), reach * scale * Math.Sin(angle));
    }

    /// <summary>Half the length of a border between two grid cells, times <paramref name="scale"/>: half a hexagon's side, or half a square's.</summary>
    public static double BorderHalf(Topology grid, double scale) => grid == Topology.Hex ? Radius(grid) * scale / 2 : Radius(grid) * scale;

    /// <summary>
    /// The border across the link from (x1, y1) to (x2, y2): a segment through the link's middle, perpendicular to it,
    /// <paramref name="half"/> long on each side; null when the two ends lie at one point (no direction to cross).
    /// </summary>
    public static (double X1, double Y1, double X2, double Y2)? Border(double x1, double y1, double x2, double y2, double half)
    {
        var length = Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
        if (!(length > 0))
        {
            return null;
        }

        var (mx, my) = ((x1 + x2) / 2, (y1 + y2) / 2);
        var (ux, uy) = ((x2 - x1) / length * half, (y2 - y1) / length * half);
        return (mx - uy, my + ux, mx + uy, my - ux);
    }
}
