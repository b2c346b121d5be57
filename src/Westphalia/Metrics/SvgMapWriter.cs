using System.Globalization;
using System.Text;
using Westphalia.Scenarios;

namespace Westphalia.Metrics;

/// <summary>
/// Draws a choropleth map of one regional value as SVG: grid cells as hexagons or squares (explicit worlds as
/// circles joined by their adjacencies), state borders in black, land held by rebels outlined in red dashes, capitals
/// marked, and a colour legend.
/// <para>
/// Any world fits: a grid is drawn at <see cref="GridUnit"/> pixels a cell, more for a small grid and fewer for one
/// that would pass <see cref="MaxPlot"/> pixels; an explicit world, whose positions may be of any size, is scaled so
/// that its extent spans a plot that grows with the number of regions, from <see cref="MinPlot"/> to
/// <see cref="MaxPlot"/> pixels. Every
/// coordinate written is finite, the canvas is at least as wide as the legend and the title, and a title too long for
/// the canvas is wrapped onto more lines, never cut.
/// </para>
/// </summary>
public static class SvgMapWriter
{
    /// <summary>Pixels per grid cell, for grids small enough.</summary>
    public const double GridUnit = 14;

    /// <summary>The longest side of the drawn world, in pixels, at most.</summary>
    public const double MaxPlot = 2400;

    /// <summary>The longest side of the drawn world, in pixels, at least (unless all regions lie at one point).</summary>
    public const double MinPlot = 360;

    /// <summary>Pixels per grid cell, at most, for small grids.</summary>
    public const double MaxGridUnit = 40;

    /// <summary>Width of the title, in pixels, beyond which it wraps when the map is narrower.</summary>
    public const double MaxTitleWidth = 1000;

    private const double Margin = 12;
    private const double TitleSize = 14;
    private const double TitleLine = 18;
    private const double TitleBlock = 22;
    private const double LegendHeight = 46;
    private const double LegendWidth = 300;
    private const double LegendTextSize = 11;
    private const string RebelLegend = "land held by rebels in a civil war";

    // Viridis at five stops (Smith & van der Walt, matplotlib; CC0).
    private static readonly (double R, double G, double B)[] Palette =
    [
        (68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37),
    ];

    public static void Write(World world, Topology? grid, ReadOnlySpan<double> values, double low, double high, string title, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(stream);
        var regions = world.Regions;
        var n = regions.Count;
        var inv = CultureInfo.InvariantCulture;

        // The world's extent, from finite positions only; half spans, since max − min can overflow.
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var r = 0; r < n; r++)
        {
            if (double.IsFinite(regions.X[r]))
            {
                minX = Math.Min(minX, regions.X[r]);
                maxX = Math.Max(maxX, regions.X[r]);
            }

            if (double.IsFinite(regions.Y[r]))
            {
                minY = Math.Min(minY, regions.Y[r]);
                maxY = Math.Max(maxY, regions.Y[r]);
            }
        }

        (minX, maxX) = minX <= maxX ? (minX, maxX) : (0, 0);
        (minY, maxY) = minY <= maxY ? (minY, maxY) : (0, 0);
        var halfX = (maxX / 2) - (minX / 2);
        var halfY = (maxY / 2) - (minY / 2);
        var half = Math.Max(halfX, halfY);

        // Scale: pixels per half unit of the world (k), the plot's size, and the padding around it (a cell's unit
        // for grids, a circle and a little for explicit worlds).
        // Scale: k pixels per half unit of the world. A grid has GridUnit pixels a cell (one unit), more (up to
        // MaxGridUnit) when its plot, with a cell's margin on each side, would be narrower than MinPlot, fewer when it
        // would be wider than MaxPlot; an explicit world's extent spans plotLong pixels.
        var unit = grid is null ? 0 : Math.Min(Math.Clamp(MinPlot / 2 / (half + 1), GridUnit, MaxGridUnit), MaxPlot / 2 / (half + 1));
        var plotLong = grid is null && half > 0 ? Math.Clamp(60 * Math.Sqrt(n), MinPlot, MaxPlot) : 0;
        var k = grid is not null ? 2 * unit : half > 0 ? plotLong / half : 0;
        double Along(double v, double min, double max)
        {
            var d = (Math.Clamp(double.IsNaN(v) ? min : v, min, max) / 2) - (min / 2);
            return double.IsFinite(k) ? d * k : d / half * plotLong;
        }

        double X(int r) => Along(regions.X[r], minX, maxX);
        double Y(int r) => Along(regions.Y[r], minY, maxY);
        var plotWidth = Along(maxX, minX, maxX);
        var plotHeight = Along(maxY, minY, maxY);
        var dot = grid is null ? CircleRadius(world, plotLong, (r, m) => Distance(X(r), Y(r), X(m), Y(m))) : 0;
        var pad = grid is not null ? unit : dot + 4;

        // The canvas: wide enough for the plot, the legend and (up to MaxTitleWidth) the title on one line.
        var anyRebels = regions.Rebels.Any(id => id >= 0);
        var legendNeeds = LegendWidth + (anyRebels ? 60 + TextWidth(RebelLegend, LegendTextSize) : 0);
        var content = Math.Max(plotWidth + (2 * pad), legendNeeds);
        var width = (2 * Margin) + Math.Max(content, Math.Min(TextWidth(title, TitleSize), Math.Max(content, MaxTitleWidth)));
        var lines = Wrap(title, width - (2 * Margin));
        var left = (width - plotWidth) / 2;
        var top = Margin + TitleBlock + ((lines.Count - 1) * TitleLine) + pad;
        var legendY = top + plotHeight + pad + 12;
        var height = top + plotHeight + pad + LegendHeight;
        double Px(int r) => left + X(r);
        double Py(int r) => top + Y(r);

        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height:F0}\" viewBox=\"0 0 {width:F1} {height:F1}\" font-family=\"sans-serif\">\n");
        svg.Append(inv, $"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(inv, $"<text x=\"{Margin}\" y=\"{Margin + 10 + (i * TitleLine):F0}\" font-size=\"{TitleSize}\">{Escape(lines[i])}</text>\n");
        }

        if (grid is null)
        {
            for (var r = 0; r < n; r++)
            {
                foreach (var m in world.Adjacency.Of(r))
                {
                    if (m > r)
                    {
                        svg.Append(inv, $"<line x1=\"{Px(r):F2}\" y1=\"{Py(r):F2}\" x2=\"{Px(m):F2}\" y2=\"{Py(m):F2}\" stroke=\"#999\" stroke-width=\"1\"/>\n");
                    }
                }
            }
        }

        svg.Append("<g stroke=\"none\">\n");
        for (var r = 0; r < n; r++)
        {
            var colour = Colour((values[r] - low) / (high - low));
            var cx = Px(r);
            var cy = Py(r);
            if (grid is null)
            {
                svg.Append(inv, $"<circle cx=\"{cx:F2}\" cy=\"{cy:F2}\" r=\"{dot:F2}\" fill=\"{colour}\" stroke=\"black\"/>\n");
                continue;
            }

            svg.Append("<polygon points=\"");
            for (var c = 0; c < MapGeometry.Corners(grid); c++)
            {
                var (dx, dy) = MapGeometry.Corner(grid, c, unit);
                svg.Append(inv, $"{cx + dx:F2},{cy + dy:F2} ");
            }

            svg.Append(inv, $"\" fill=\"{colour}\" stroke=\"{colour}\" stroke-width=\"0.4\"/>\n");
        }

        svg.Append("</g>\n");

        // Borders: across the link between two neighbours of different states, a side of the cells in a grid, a bar as
        // long as a circle is wide in an explicit world; the rebels' front likewise between land they hold and land they
        // do not (explicit worlds circle the land they hold instead).
        var owner = regions.Owner;
        var rebels = regions.Rebels;
        var side = grid is { } g ? MapGeometry.BorderHalf(g, unit) : dot;
        Sides((r, m) => owner[m] != owner[r], "<g stroke=\"black\" stroke-width=\"1.3\" stroke-linecap=\"round\">");
        if (anyRebels && grid is not null)
        {
            Sides((r, m) => rebels[m] != rebels[r], "<g stroke=\"#d7191c\" stroke-width=\"2.2\" stroke-dasharray=\"3 2\" stroke-linecap=\"round\">");
        }
        else if (anyRebels)
        {
            svg.Append("<g fill=\"none\" stroke=\"#d7191c\" stroke-width=\"1.6\" stroke-dasharray=\"3 2\">\n");
            for (var r = 0; r < n; r++)
            {
                if (rebels[r] >= 0)
                {
                    svg.Append(inv, $"<circle cx=\"{Px(r):F2}\" cy=\"{Py(r):F2}\" r=\"{dot * 1.2:F2}\"/>\n");
                }
            }

            svg.Append("</g>\n");
        }

        void Sides(Func<int, int, bool> differ, string group)
        {
            svg.Append(group).Append('\n');
            for (var r = 0; r < n; r++)
            {
                foreach (var m in world.Adjacency.Of(r))
                {
                    if (m <= r || !differ(r, m))
                    {
                        continue;
                    }

                    // Two regions drawn at one point have no direction to draw a border across.
                    if (MapGeometry.Border(Px(r), Py(r), Px(m), Py(m), side) is var (ax, ay, bx, by))
                    {
                        svg.Append(inv, $"<line x1=\"{ax:F2}\" y1=\"{ay:F2}\" x2=\"{bx:F2}\" y2=\"{by:F2}\"/>\n");
                    }
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
                svg.Append(inv, $"<circle cx=\"{Px(c):F2}\" cy=\"{Py(c):F2}\" r=\"2.2\" fill=\"white\" stroke=\"black\" stroke-width=\"0.8\"><title>{Escape(states.Name[s])}</title></circle>\n");
            }
        }

        // Legend.
        const int steps = 40;
        for (var i = 0; i < steps; i++)
        {
            svg.Append(inv, $"<rect x=\"{Margin + (i * LegendWidth / steps):F2}\" y=\"{legendY:F2}\" width=\"{(LegendWidth / steps) + 0.5:F2}\" height=\"10\" fill=\"{Colour(i / (steps - 1.0))}\"/>\n");
        }

        svg.Append(inv, $"<text x=\"{Margin}\" y=\"{legendY + 24:F2}\" font-size=\"{LegendTextSize}\">{low:0.###}</text>\n");
        svg.Append(inv, $"<text x=\"{Margin + LegendWidth:F2}\" y=\"{legendY + 24:F2}\" font-size=\"{LegendTextSize}\" text-anchor=\"end\">{high:0.###}</text>\n");
        if (anyRebels)
        {
            var x = Margin + LegendWidth + 30;
            svg.Append(inv, $"<line x1=\"{x:F2}\" y1=\"{legendY + 5:F2}\" x2=\"{x + 24:F2}\" y2=\"{legendY + 5:F2}\" stroke=\"#d7191c\" stroke-width=\"1.6\" stroke-dasharray=\"3 2\"/>\n");
            svg.Append(inv, $"<text x=\"{x + 30:F2}\" y=\"{legendY + 9:F2}\" font-size=\"{LegendTextSize}\">{RebelLegend}</text>\n");
        }

        svg.Append("</svg>\n");
        var bytes = new UTF8Encoding(false).GetBytes(svg.ToString());
        stream.Write(bytes);
    }

    /// <summary>
    /// A generous estimate of the width of <paramref name="text"/> in a sans-serif font of <paramref name="size"/>
    /// pixels, from the advance widths of DejaVu Sans and Liberation Sans rounded up: wide letters and capitals 0.8 em,
    /// digits and other letters 0.65 em, spaces and narrow punctuation 0.35 em, East Asian and other wide characters 1 em.
    /// </summary>
    public static double TextWidth(string text, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var em = 0.0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'i' or 'j' or 'l' or 'I' or '(' or ')' or '[' or ']' or 'f' or 't' or 'r' or '-' => 0.4,
                'm' or 'w' or 'M' or 'W' or '@' or '%' => 1.0,
                >= 'A' and <= 'Z' => 0.8,
                < '\u0080' => 0.65,
                >= '\u1100' => 1.0,
                _ => 0.8,
            };
        }

        return em * size;
    }

    /// <summary>The title's lines: words filled into lines no wider than <paramref name="width"/>, a word too long for a line broken.</summary>
    private static List<string> Wrap(string title, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in title.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (TextWidth(candidate, TitleSize) <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            foreach (var c in word)
            {
                if (line.Length > 0 && TextWidth($"{line}{c}", TitleSize) > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(c);
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// The radius of an explicit world's circles: three tenths of the shortest drawn link between neighbours (of the
    /// plot's side over the square root of the number of regions, without links; the largest when all lie at one point),
    /// from 3 to 16 pixels.
    /// </summary>
    private static double CircleRadius(World world, double plotLong, Func<int, int, double> drawnDistance)
    {
        var shortest = double.PositiveInfinity;
        for (var r = 0; r < world.Regions.Count; r++)
        {
            foreach (var m in world.Adjacency.Of(r))
            {
                var d = drawnDistance(r, m);
                if (m > r && d > 0)
                {
                    shortest = Math.Min(shortest, d);
                }
            }
        }

        if (double.IsPositiveInfinity(shortest) && plotLong > 0)
        {
            shortest = plotLong / Math.Sqrt(Math.Max(world.Regions.Count, 1));
        }

        return Math.Clamp(0.3 * shortest, 3, 16);
    }

    private static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));

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
