using System.Globalization;
using SkiaSharp;
using Westphalia.Metrics;

namespace Westphalia.Reports;

/// <summary>
/// Paints a <see cref="RealMap"/> as PNG with SkiaSharp: the same picture as <see cref="RealMapSvgWriter"/> writes, in
/// the same layout (one pixel of the PNG a unit of the SVG), the land's runs of cells as rectangles on whole pixels.
/// </summary>
public static class RealMapPainter
{
    public static byte[] Png(RealMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var surface = SKSurface.Create(new SKImageInfo(RealMap.Width, map.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        Paint(map, surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The map as a figure of a report: PNG and SVG of the same picture.</summary>
    public static Figure Figure(RealMap map, string name, string caption)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var svg = new MemoryStream();
        RealMapSvgWriter.Write(map, svg);
        return new Figure(name, map.Title, caption, Png(map), System.Text.Encoding.UTF8.GetString(svg.ToArray()), RealMap.Width, map.Height);
    }

    private static SKColor Colour(MapColour c) => new(c.R, c.G, c.B);

    private static void Paint(RealMap map, SKCanvas canvas)
    {
        canvas.Clear(Colour(RealMap.Background));
        using var title = new SKFont(ReportFonts.Bold, 16);
        using var font = new SKFont(ReportFonts.Regular, 12);
        using var paint = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        paint.Color = SKColors.Black;
        canvas.DrawText(map.Title, RealMap.Margin, RealMap.Margin + 17, SKTextAlign.Left, title, paint);

        const int unit = RealMap.CellPixels;
        foreach (var (row, column, length, colour) in map.Runs())
        {
            paint.Color = Colour(map.Colours[colour]);
            canvas.DrawRect(RealMap.PlotLeft + (column * unit), RealMap.PlotTop + (row * unit), length * unit, unit, paint);
        }

        paint.Style = SKPaintStyle.Stroke;
        paint.IsAntialias = true;
        paint.StrokeWidth = 0.35f * unit;
        paint.StrokeCap = SKStrokeCap.Square;
        paint.Color = Colour(RealMap.BorderColour);
        foreach (var (x1, y1, x2, y2) in map.Borders())
        {
            canvas.DrawLine(RealMap.PlotLeft + (x1 * unit), RealMap.PlotTop + (y1 * unit), RealMap.PlotLeft + (x2 * unit), RealMap.PlotTop + (y2 * unit), paint);
        }

        Legend(map, canvas, font, paint);
    }

    private static void Legend(RealMap map, SKCanvas canvas, SKFont font, SKPaint paint)
    {
        var inv = CultureInfo.InvariantCulture;
        float y = RealMap.LegendTop;
        paint.IsAntialias = true;
        if (map.Scale is var (low, high))
        {
            const int steps = 40;
            const float step = (float)RealMap.ScaleWidth / steps;
            paint.Style = SKPaintStyle.Fill;
            for (var i = 0; i < steps; i++)
            {
                paint.Color = Colour(RealMap.ViridisAt(i / (steps - 1.0)));
                canvas.DrawRect(RealMap.Margin + (i * step), y, step + 0.5f, 12, paint);
            }

            paint.Color = SKColors.Black;
            canvas.DrawText(low.ToString("0.###", inv), RealMap.Margin, y + 28, SKTextAlign.Left, font, paint);
            canvas.DrawText(high.ToString("0.###", inv), RealMap.Margin + RealMap.ScaleWidth, y + 28, SKTextAlign.Right, font, paint);
            canvas.DrawText("Human Security Index of each region (0 worst, 1 best)", RealMap.Margin + RealMap.ScaleWidth + 20, y + 11, SKTextAlign.Left, font, paint);
            y += 2 * RealMap.LegendRow;
        }

        var column = (float)RealMap.PlotWidth / RealMap.LegendColumns;
        for (var i = 0; i < map.Legend.Count; i++)
        {
            var x = RealMap.Margin + (i % RealMap.LegendColumns * column);
            var top = y + (i / RealMap.LegendColumns * RealMap.LegendRow);
            paint.Style = SKPaintStyle.Fill;
            paint.Color = Colour(map.Legend[i].Colour);
            canvas.DrawRect(x, top, 14, 12, paint);
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = 0.6f;
            paint.Color = SKColors.Black;
            canvas.DrawRect(x, top, 14, 12, paint);
            paint.Style = SKPaintStyle.Fill;
            canvas.DrawText(map.Legend[i].Label, x + 20, top + 11, SKTextAlign.Left, font, paint);
        }

        y += (map.Legend.Count + RealMap.LegendColumns - 1) / RealMap.LegendColumns * RealMap.LegendRow;
        if (map.Note is { } note)
        {
            paint.Style = SKPaintStyle.Fill;
            paint.Color = SKColors.Black;
            canvas.DrawText(note, RealMap.Margin, y + 11, SKTextAlign.Left, font, paint);
        }
    }
}
