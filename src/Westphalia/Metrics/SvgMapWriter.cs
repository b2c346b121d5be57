using System.Globalization;
using System.Text;
using Westphalia.Scenarios;

namespace Westphalia.Metrics;

/// <summary>
/// Draws a choropleth map of one regional value as SVG: grid cells as hexagons or squares (explicit worlds as
/// circles joined by their adjacencies), state borders in black, land held by rebels outlined in red dashes, capitals
/// marked, and a colour legend.
/// </summary>
public static class SvgMapWriter
{
    private const double Scale = 14;
    private const double Margin = 12;
    private const double LegendHeight = 46;

    /// <summary>The widest or tallest an explicit world's map is drawn, in map units (cells of <see cref="Scale"/> pixels).</summary>
    private const double MaxExtent = 1000;

    // Viridis at five stops (Smith & van der Walt, matplotlib; CC0).
    private static readonly (double R, double G, double B)[] Palette =
    [
        (68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37),
    ];

    public static void Write(World world, Topology? grid, ReadOnlySpan<double> values, double low, double high, string title, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(title);
        var regions = world.Regions;
        var inv = CultureInfo.InvariantCulture;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var r = 0; r < regions.Count; r++)
        {
            minX = Math.Min(minX, regions.X[r]);
            maxX = Math.Max(maxX, regions.X[r]);
            minY = Math.Min(minY, regions.Y[r]);
            maxY = Math.Max(maxY, regions.Y[r]);
        }

        var radius = grid == Topology.Hex ? 1 / Math.Sqrt(3) : 0.5;

        // An explicit world's positions are in any unit: a map more than MaxExtent units across is drawn shrunk to that
        // size. Half spans stay finite for any finite positions, where the span itself may not.
        var halfSpan = Math.Max((maxX / 2) - (minX / 2), (maxY / 2) - (minY / 2));
        var shrink = grid is null && halfSpan > MaxExtent / 2 ? MaxExtent / halfSpan : 1;
        double Offset(double v, double min) => shrink == 1 ? v - min : ((v / 2) - (min / 2)) * shrink;
        double Px(double x) => Margin + ((Offset(x, minX) + 1) * Scale);
        double Py(double y) => Margin + 22 + ((Offset(y, minY) + 1) * Scale);
        var width = Px(maxX + 1) + Margin;
        var height = Py(maxY + 1) + LegendHeight;

        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height:F0}\" viewBox=\"0 0 {width:F1} {height:F1}\" font-family=\"sans-serif\">\n");
        svg.Append(inv, $"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Append(inv, $"<text x=\"{Margin}\" y=\"{Margin + 10}\" font-size=\"14\">{Escape(title)}</text>\n");

        if (grid is null)
        {
            for (var r = 0; r < regions.Count; r++)
            {
                foreach (var n in world.Adjacency.Of(r))
                {
                    if (n > r)
                    {
                        svg.Append(inv, $"<line x1=\"{Px(regions.X[r]):F2}\" y1=\"{Py(regions.Y[r]):F2}\" x2=\"{Px(regions.X[n]):F2}\" y2=\"{Py(regions.Y[n]):F2}\" stroke=\"#999\" stroke-width=\"1\"/>\n");
                    }
                }
            }
        }

        svg.Append("<g stroke=\"none\">\n");
        for (var r = 0; r < regions.Count; r++)
        {
            var colour = Colour((values[r] - low) / (high - low));
            var cx = Px(regions.X[r]);
            var cy = Py(regions.Y[r]);
            if (grid is null)
            {
                svg.Append(inv, $"<circle cx=\"{cx:F2}\" cy=\"{cy:F2}\" r=\"{0.3 * Scale:F2}\" fill=\"{colour}\" stroke=\"black\"/>\n");
                continue;
            }

            svg.Append("<polygon points=\"");
            var corners = grid == Topology.Hex ? 6 : 4;
            for (var k = 0; k < corners; k++)
            {
                var angle = grid == Topology.Hex ? (Math.PI / 6) + (k * Math.PI / 3) : (Math.PI / 4) + (k * Math.PI / 2);
                var reach = grid == Topology.Hex ? radius : radius * Math.Sqrt(2);
                svg.Append(inv, $"{cx + (reach * Scale * Math.Cos(angle)):F2},{cy + (reach * Scale * Math.Sin(angle)):F2} ");
            }

            svg.Append(inv, $"\" fill=\"{colour}\" stroke=\"{colour}\" stroke-width=\"0.4\"/>\n");
        }

        svg.Append("</g>\n");

        var rebels = regions.Rebels;
        var anyRebels = rebels.Any(id => id >= 0);
        if (grid is not null)
        {
            // Borders: the side shared by two cells of different states; the rebels' front: the side between a cell
            // rebels hold and one they do not.
            var owner = regions.Owner;
            Sides((r, n) => owner[n] != owner[r], "<g stroke=\"black\" stroke-width=\"1.3\" stroke-linecap=\"round\">");
            if (anyRebels)
            {
                Sides((r, n) => rebels[n] != rebels[r], "<g stroke=\"#d7191c\" stroke-width=\"2.2\" stroke-dasharray=\"3 2\" stroke-linecap=\"round\">");
            }
        }
        else if (anyRebels)
        {
            svg.Append("<g fill=\"none\" stroke=\"#d7191c\" stroke-width=\"1.6\" stroke-dasharray=\"3 2\">\n");
            for (var r = 0; r < regions.Count; r++)
            {
                if (rebels[r] >= 0)
                {
                    svg.Append(inv, $"<circle cx=\"{Px(regions.X[r]):F2}\" cy=\"{Py(regions.Y[r]):F2}\" r=\"{0.36 * Scale:F2}\"/>\n");
                }
            }

            svg.Append("</g>\n");
        }

        void Sides(Func<int, int, bool> differ, string group)
        {
            svg.Append(group).Append('\n');
            for (var r = 0; r < regions.Count; r++)
            {
                foreach (var n in world.Adjacency.Of(r))
                {
                    if (n <= r || !differ(r, n))
                    {
                        continue;
                    }

                    var mx = (regions.X[r] + regions.X[n]) / 2;
                    var my = (regions.Y[r] + regions.Y[n]) / 2;
                    var dx = regions.X[n] - regions.X[r];
                    var dy = regions.Y[n] - regions.Y[r];
                    var length = Math.Sqrt((dx * dx) + (dy * dy));
                    var half = radius / 2 * (grid == Topology.Hex ? 1 : 2) / length;
                    svg.Append(inv, $"<line x1=\"{Px(mx - (dy * half)):F2}\" y1=\"{Py(my + (dx * half)):F2}\" x2=\"{Px(mx + (dy * half)):F2}\" y2=\"{Py(my - (dx * half)):F2}\"/>\n");
                }
            }

            svg.Append("</g>\n");
        }

        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s])
            {
                var c = states.Capital[s];
                svg.Append(inv, $"<circle cx=\"{Px(regions.X[c]):F2}\" cy=\"{Py(regions.Y[c]):F2}\" r=\"2.2\" fill=\"white\" stroke=\"black\" stroke-width=\"0.8\"><title>{Escape(states.Name[s])}</title></circle>\n");
            }
        }

        // Legend.
        var legendY = Py(maxY + 1) + 12;
        const int steps = 40;
        var legendWidth = Math.Min(300, width - (2 * Margin));
        for (var i = 0; i < steps; i++)
        {
            svg.Append(inv, $"<rect x=\"{Margin + (i * legendWidth / steps):F2}\" y=\"{legendY:F2}\" width=\"{(legendWidth / steps) + 0.5:F2}\" height=\"10\" fill=\"{Colour(i / (steps - 1.0))}\"/>\n");
        }

        svg.Append(inv, $"<text x=\"{Margin}\" y=\"{legendY + 24:F2}\" font-size=\"11\">{low:0.###}</text>\n");
        svg.Append(inv, $"<text x=\"{Margin + legendWidth:F2}\" y=\"{legendY + 24:F2}\" font-size=\"11\" text-anchor=\"end\">{high:0.###}</text>\n");
        if (anyRebels)
        {
            var x = Margin + legendWidth + 30;
            svg.Append(inv, $"<line x1=\"{x:F2}\" y1=\"{legendY + 5:F2}\" x2=\"{x + 24:F2}\" y2=\"{legendY + 5:F2}\" stroke=\"#d7191c\" stroke-width=\"1.6\" stroke-dasharray=\"3 2\"/>\n");
            svg.Append(inv, $"<text x=\"{x + 30:F2}\" y=\"{legendY + 9:F2}\" font-size=\"11\">land held by rebels in a civil war</text>\n");
        }

        svg.Append("</svg>\n");
        var bytes = new UTF8Encoding(false).GetBytes(svg.ToString());
        stream.Write(bytes);
    }

    private static string Colour(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        var x = t * (Palette.Length - 1);
        var i = Math.Min((int)x, Palette.Length - 2);
        var f = x - i;
        var (r0, g0, b0) = Palette[i];
        var (r1, g1, b1) = Palette[i + 1];
        return string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round(r0 + ((r1 - r0) * f)):x2}{(int)Math.Round(g0 + ((g1 - g0) * f)):x2}{(int)Math.Round(b0 + ((b1 - b0) * f)):x2}");
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
