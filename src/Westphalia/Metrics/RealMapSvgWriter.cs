using System.Globalization;
using System.Security;
using System.Text;

namespace Westphalia.Metrics;

/// <summary>
/// Writes a <see cref="RealMap"/> as compact SVG: the land as one rectangle a horizontal run of cells of one colour
/// (grouped by colour, in cell units scaled to <see cref="RealMap.CellPixels"/> pixels), the state borders as one path,
/// the title and the legend. For the <c>world</c> scenario a few thousand elements, a few hundred kilobytes.
/// </summary>
public static class RealMapSvgWriter
{
    /// <summary>The id of the group that holds the land's rectangles (one group of one colour each inside it).</summary>
    public const string LandId = "land";

    /// <summary>Steps of the drawn colour scale.</summary>
    private const int ScaleSteps = 40;

    public static void Write(RealMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{RealMap.Width}\" height=\"{map.Height}\" viewBox=\"0 0 {RealMap.Width} {map.Height}\" font-family=\"sans-serif\">\n");
        svg.Append(inv, $"<title>{Escape(map.Title)}</title>\n");
        svg.Append(inv, $"<rect width=\"100%\" height=\"100%\" fill=\"{RealMap.Background.Hex}\"/>\n");
        svg.Append(inv, $"<text x=\"{RealMap.Margin}\" y=\"{RealMap.Margin + 17}\" font-size=\"16\" font-weight=\"bold\">{Escape(map.Title)}</text>\n");

        // The land: a group a colour, a rectangle a run.
        svg.Append(inv, $"<g id=\"{LandId}\" transform=\"translate({RealMap.PlotLeft} {RealMap.PlotTop}) scale({RealMap.CellPixels})\" shape-rendering=\"crispEdges\">\n");
        foreach (var group in map.Runs().GroupBy(r => r.Colour).OrderBy(g => g.Key))
        {
            svg.Append(inv, $"<g fill=\"{map.Colours[group.Key].Hex}\">\n");
            foreach (var (row, column, length, _) in group)
            {
                svg.Append(inv, $"<rect x=\"{column}\" y=\"{row}\" width=\"{length}\" height=\"1\"/>\n");
            }

            svg.Append("</g>\n");
        }

        // Borders between states, in one path.
        svg.Append(inv, $"<path fill=\"none\" stroke=\"{RealMap.BorderColour.Hex}\" stroke-width=\"0.35\" stroke-linecap=\"square\" d=\"");
        var first = true;
        foreach (var (x1, y1, x2, y2) in map.Borders())
        {
            svg.Append(inv, $"{(first ? "" : " ")}M{x1} {y1}{(y1 == y2 ? "H" : "V")}{(y1 == y2 ? x2 : y2)}");
            first = false;
        }

        svg.Append("\"/>\n</g>\n");
        WriteLegend(map, svg);
        svg.Append("</svg>\n");
        stream.Write(new UTF8Encoding(false).GetBytes(svg.ToString()));
    }

    private static void WriteLegend(RealMap map, StringBuilder svg)
    {
        var inv = CultureInfo.InvariantCulture;
        var y = RealMap.LegendTop;
        if (map.Scale is var (low, high))
        {
            const double step = (double)RealMap.ScaleWidth / ScaleSteps;
            for (var i = 0; i < ScaleSteps; i++)
            {
                svg.Append(inv, $"<rect x=\"{RealMap.Margin + (i * step):F1}\" y=\"{y}\" width=\"{step + 0.5:F1}\" height=\"12\" fill=\"{RealMap.ViridisAt(i / (ScaleSteps - 1.0)).Hex}\"/>\n");
            }

            svg.Append(inv, $"<text x=\"{RealMap.Margin}\" y=\"{y + 28}\" font-size=\"12\">{low:0.###}</text>\n");
            svg.Append(inv, $"<text x=\"{RealMap.Margin + RealMap.ScaleWidth}\" y=\"{y + 28}\" font-size=\"12\" text-anchor=\"end\">{high:0.###}</text>\n");
            svg.Append(inv, $"<text x=\"{RealMap.Margin + RealMap.ScaleWidth + 20}\" y=\"{y + 11}\" font-size=\"12\">Human Security Index of each region (0 worst, 1 best)</text>\n");
            y += 2 * RealMap.LegendRow;
        }

        var column = RealMap.PlotWidth / RealMap.LegendColumns;
        for (var i = 0; i < map.Legend.Count; i++)
        {
            var x = RealMap.Margin + (i % RealMap.LegendColumns * column);
            var top = y + (i / RealMap.LegendColumns * RealMap.LegendRow);
            svg.Append(inv, $"<rect x=\"{x}\" y=\"{top}\" width=\"14\" height=\"12\" fill=\"{map.Legend[i].Colour.Hex}\" stroke=\"black\" stroke-width=\"0.6\"/>\n");
            svg.Append(inv, $"<text x=\"{x + 20}\" y=\"{top + 11}\" font-size=\"12\">{Escape(map.Legend[i].Label)}</text>\n");
        }

        y += (map.Legend.Count + RealMap.LegendColumns - 1) / RealMap.LegendColumns * RealMap.LegendRow;
        if (map.Note is { } note)
        {
            svg.Append(inv, $"<text x=\"{RealMap.Margin}\" y=\"{y + 11}\" font-size=\"12\">{Escape(note)}</text>\n");
        }
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
