using System.Globalization;
using SkiaSharp;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Reports;

/// <summary>
/// Draws a world's regions with SkiaSharp, as PNG and SVG of the same drawing: grid cells as hexagons or squares
/// (explicit worlds as circles joined by their adjacencies), state borders in black, capitals marked and named. Two
/// maps: territory (each state in its bloc's colour, shades telling members apart; states in no bloc in greys) and a
/// choropleth of a regional value on the viridis scale.
/// </summary>
public static class MapPainter
{
    private const float CanvasWidth = 880;
    private const float MaxPlotHeight = 640;
    private const float Margin = 14;
    private const float TitleBlock = 30;
    private const float LegendRow = 20;
    private const int MaxLabels = 60;

    // Viridis at five stops (Smith & van der Walt, matplotlib; CC0).
    private static readonly SKColor[] Viridis = [new(68, 1, 84), new(59, 82, 139), new(33, 145, 140), new(94, 201, 98), new(253, 231, 37)];

    /// <summary>Who holds what: states coloured by bloc, capitals named, a legend of the blocs.</summary>
    public static Figure Territory(World world, Topology? grid, MapStates states, string name, string title, string caption)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(states);
        var colours = StateColours(states);
        var blocs = states.Owner.Where(o => o >= 0).Select(o => states.Bloc[o]).Where(b => b >= 0).Distinct().Order().ToList();
        var legend = blocs.Select(b => (BlocColour(blocs.IndexOf(b)), states.BlocLabels.TryGetValue(b, out var l) ? l : $"alliance {b}")).ToList();
        legend.Add((new SKColor(200, 200, 196), "in no bloc (each state its own shade)"));
        return Paint(world, grid, states, r => states.Owner[r] >= 0 ? colours[states.Owner[r]] : SKColors.White, name, title, caption,
            (canvas, y, font, paint) => SwatchLegend(canvas, y, font, paint, legend), SwatchRows(legend.Count));
    }

    /// <summary>A regional value on the viridis scale from <paramref name="low"/> to <paramref name="high"/>, with borders and capitals.</summary>
    public static Figure Choropleth(World world, Topology? grid, MapStates states, IReadOnlyList<double> values, double low, double high, string legendLabel, string name, string title, string caption)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(values);
        return Paint(world, grid, states, r => ViridisAt((values[r] - low) / (high - low)), name, title, caption,
            (canvas, y, font, paint) => GradientLegend(canvas, y, font, paint, low, high, legendLabel), 2);
    }

    private static int SwatchRows(int entries) => (entries + 2) / 3;

    private static Figure Paint(World world, Topology? grid, MapStates states, Func<int, SKColor> fill, string name, string title, string caption, Action<SKCanvas, float, SKFont, SKPaint> legend, int legendRows)
    {
        var regions = world.Regions;
        var n = regions.Count;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var r = 0; r < n; r++)
        {
            if (double.IsFinite(regions.X[r]) && double.IsFinite(regions.Y[r]))
            {
                minX = Math.Min(minX, regions.X[r]);
                maxX = Math.Max(maxX, regions.X[r]);
                minY = Math.Min(minY, regions.Y[r]);
                maxY = Math.Max(maxY, regions.Y[r]);
            }
        }

        if (minX > maxX)
        {
            (minX, maxX, minY, maxY) = (0, 0, 0, 0);
        }

        // A grid cell is one unit wide; explicit worlds are scaled so that their extent fills the plot.
        var pad = grid is null ? 0.06 * Math.Max(Math.Max(maxX - minX, maxY - minY), 1) : 1.0;
        var spanX = maxX - minX + (2 * pad);
        var spanY = maxY - minY + (2 * pad);
        var plotWidth = CanvasWidth - (2 * Margin);
        var unit = (float)Math.Min(plotWidth / spanX, MaxPlotHeight / spanY);
        var plotHeight = (float)(spanY * unit);
        var left = Margin + ((plotWidth - (float)(spanX * unit)) / 2);
        var top = Margin + TitleBlock;
        float Px(int r) => left + (float)((Coordinate(regions.X[r], minX) - minX + pad) * unit);
        float Py(int r) => top + (float)((Coordinate(regions.Y[r], minY) - minY + pad) * unit);
        var height = (int)Math.Ceiling(top + plotHeight + 12 + (legendRows * LegendRow) + Margin);
        var width = (int)CanvasWidth;

        var dot = grid is null ? Math.Clamp(0.3f * ShortestLink(world, Px, Py), 3f, 16f) : 0f;
        void Draw(SKCanvas canvas)
        {
            using var font = new SKFont(ReportFonts.Regular, 12);
            using var bold = new SKFont(ReportFonts.Bold, 15);
            using var paint = new SKPaint { IsAntialias = true };
            canvas.Clear(SKColors.White);
            paint.Color = SKColors.Black;
            canvas.DrawText(title, Margin, Margin + 14, SKTextAlign.Left, bold, paint);

            paint.Style = SKPaintStyle.Stroke;
            if (grid is null)
            {
                paint.Color = new SKColor(153, 153, 153);
                paint.StrokeWidth = 1;
                for (var r = 0; r < n; r++)
                {
                    foreach (var m in world.Adjacency.Of(r))
                    {
                        if (m > r)
                        {
                            canvas.DrawLine(Px(r), Py(r), Px(m), Py(m), paint);
                        }
                    }
                }
            }

            using var cell = new SKPath();
            for (var r = 0; r < n; r++)
            {
                paint.Color = fill(r);
                paint.Style = SKPaintStyle.Fill;
                if (grid is null)
                {
                    canvas.DrawCircle(Px(r), Py(r), dot, paint);
                    paint.Style = SKPaintStyle.Stroke;
                    paint.Color = SKColors.Black;
                    paint.StrokeWidth = 0.8f;
                    canvas.DrawCircle(Px(r), Py(r), dot, paint);
                    continue;
                }

                cell.Reset();
                for (var c = 0; c < MapGeometry.Corners(grid); c++)
                {
                    // A hair larger than the cell, so that neighbours leave no seam between them.
                    var (dx, dy) = MapGeometry.Corner(grid, c, unit * 1.02);
                    var point = new SKPoint(Px(r) + (float)dx, Py(r) + (float)dy);
                    if (c == 0)
                    {
                        cell.MoveTo(point);
                    }
                    else
                    {
                        cell.LineTo(point);
                    }
                }

                cell.Close();
                canvas.DrawPath(cell, paint);
            }

            // Borders: across the link between neighbours held by different states.
            var side = grid is { } g ? MapGeometry.BorderHalf(g, unit) : dot;
            paint.Style = SKPaintStyle.Stroke;
            paint.Color = SKColors.Black;
            paint.StrokeWidth = grid is null ? 2f : Math.Clamp(unit / 9, 0.8f, 2f);
            paint.StrokeCap = SKStrokeCap.Round;
            for (var r = 0; r < n; r++)
            {
                foreach (var m in world.Adjacency.Of(r))
                {
                    if (m <= r || states.Owner[m] == states.Owner[r])
                    {
                        continue;
                    }

                    if (MapGeometry.Border(Px(r), Py(r), Px(m), Py(m), side) is var (ax, ay, bx, by))
                    {
                        canvas.DrawLine((float)ax, (float)ay, (float)bx, (float)by, paint);
                    }
                }
            }

            // Capitals, and the names of the largest states (at most MaxLabels), haloed in white.
            var held = new int[states.Names.Length];
            foreach (var o in states.Owner)
            {
                if (o >= 0)
                {
                    held[o]++;
                }
            }

            var labelled = Enumerable.Range(0, states.Names.Length).Where(s => held[s] > 0 && states.Capital[s] >= 0)
                .OrderByDescending(s => held[s]).ThenBy(s => s).Take(MaxLabels).ToHashSet();
            using var label = new SKFont(ReportFonts.Regular, 10.5f);
            var placed = new List<SKRect>();
            var shown = new HashSet<int>();
            foreach (var s in labelled.OrderByDescending(s => held[s]).ThenBy(s => s))
            {
                // Largest first; a name that would overlap one already placed is left to its capital's dot.
                var c = states.Capital[s];
                if (c < 0 || c >= n)
                {
                    continue;
                }

                var w = label.MeasureText(states.Names[s]);
                var box = new SKRect(Px(c) - (w / 2) - 2, Py(c) - 17, Px(c) + (w / 2) + 2, Py(c) - 2);
                if (!placed.Any(p => p.IntersectsWith(box)))
                {
                    placed.Add(box);
                    shown.Add(s);
                }
            }

            for (var s = 0; s < states.Names.Length; s++)
            {
                if (held[s] == 0 || states.Capital[s] is var c && (c < 0 || c >= n))
                {
                    continue;
                }

                var (cx, cy) = (Px(states.Capital[s]), Py(states.Capital[s]));
                paint.Style = SKPaintStyle.Fill;
                paint.Color = SKColors.White;
                canvas.DrawCircle(cx, cy, 2.6f, paint);
                paint.Style = SKPaintStyle.Stroke;
                paint.Color = SKColors.Black;
                paint.StrokeWidth = 1;
                canvas.DrawCircle(cx, cy, 2.6f, paint);
                if (!shown.Contains(s))
                {
                    continue;
                }

                var text = states.Names[s];
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = 3;
                paint.Color = SKColors.White.WithAlpha(220);
                canvas.DrawText(text, cx, cy - 5, SKTextAlign.Center, label, paint);
                paint.Style = SKPaintStyle.Fill;
                paint.Color = SKColors.Black;
                canvas.DrawText(text, cx, cy - 5, SKTextAlign.Center, label, paint);
            }

            paint.Style = SKPaintStyle.Fill;
            legend(canvas, top + plotHeight + 12, font, paint);
        }

        return Render(name, title, caption, width, height, Draw);
    }

    private static double Coordinate(double v, double min) => double.IsFinite(v) ? v : min;

    private static float ShortestLink(World world, Func<int, float> px, Func<int, float> py)
    {
        var shortest = float.PositiveInfinity;
        for (var r = 0; r < world.Regions.Count; r++)
        {
            foreach (var m in world.Adjacency.Of(r))
            {
                var d = MathF.Sqrt(MathF.Pow(px(m) - px(r), 2) + MathF.Pow(py(m) - py(r), 2));
                if (m > r && d > 0)
                {
                    shortest = Math.Min(shortest, d);
                }
            }
        }

        return float.IsPositiveInfinity(shortest) ? 40 : shortest;
    }

    private static void SwatchLegend(SKCanvas canvas, float y, SKFont font, SKPaint paint, IReadOnlyList<(SKColor Colour, string Label)> entries)
    {
        var column = (CanvasWidth - (2 * Margin)) / 3;
        for (var i = 0; i < entries.Count; i++)
        {
            var x = Margin + (i % 3 * column);
            var row = y + (i / 3 * LegendRow);
            paint.Style = SKPaintStyle.Fill;
            paint.Color = entries[i].Colour;
            canvas.DrawRect(x, row, 14, 12, paint);
            paint.Style = SKPaintStyle.Stroke;
            paint.Color = SKColors.Black;
            paint.StrokeWidth = 0.6f;
            canvas.DrawRect(x, row, 14, 12, paint);
            paint.Style = SKPaintStyle.Fill;
            canvas.DrawText(Fit(entries[i].Label, font, column - 24), x + 20, row + 11, SKTextAlign.Left, font, paint);
        }
    }

    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        while (text.Length > 1 && font.MeasureText(text + "…") > width)
        {
            text = text[..^1];
        }

        return text + "…";
    }

    private static void GradientLegend(SKCanvas canvas, float y, SKFont font, SKPaint paint, double low, double high, string label)
    {
        const int steps = 60;
        const float width = 300;
        for (var i = 0; i < steps; i++)
        {
            paint.Color = ViridisAt(i / (steps - 1.0));
            canvas.DrawRect(Margin + (i * width / steps), y, (width / steps) + 0.6f, 12, paint);
        }

        paint.Color = SKColors.Black;
        var inv = CultureInfo.InvariantCulture;
        canvas.DrawText(low.ToString("0.###", inv), Margin, y + 28, SKTextAlign.Left, font, paint);
        canvas.DrawText(high.ToString("0.###", inv), Margin + width, y + 28, SKTextAlign.Right, font, paint);
        canvas.DrawText(label, Margin + width + 20, y + 11, SKTextAlign.Left, font, paint);
    }

    private static SKColor[] StateColours(MapStates states)
    {
        var colours = new SKColor[states.Names.Length];
        var blocs = states.Owner.Where(o => o >= 0).Select(o => states.Bloc[o]).Where(b => b >= 0).Distinct().Order().ToList();
        var members = new Dictionary<int, int>();
        for (var s = 0; s < colours.Length; s++)
        {
            var bloc = states.Bloc[s];
            if (bloc >= 0 && blocs.IndexOf(bloc) is var k && k >= 0)
            {
                var m = members.TryGetValue(bloc, out var seen) ? seen : 0;
                members[bloc] = m + 1;
                colours[s] = Mix(BlocColour(k), SKColors.White, 0.12f + (0.42f * (m * 0.618034f % 1)));
            }
            else
            {
                // Greys with a tint, spread by the golden ratio so neighbours rarely look alike.
                var t = s * 0.618034f % 1;
                colours[s] = SKColor.FromHsl(360 * t, 14, 72 + (16 * ((s * 0.381966f) % 1)));
            }
        }

        return colours;
    }

    private static SKColor BlocColour(int i)
    {
        var c = Charts.Colour(i);
        return new SKColor(c.R, c.G, c.B);
    }

    private static SKColor Mix(SKColor a, SKColor b, float t) =>
        new((byte)(a.Red + ((b.Red - a.Red) * t)), (byte)(a.Green + ((b.Green - a.Green) * t)), (byte)(a.Blue + ((b.Blue - a.Blue) * t)));

    private static SKColor ViridisAt(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        var x = t * (Viridis.Length - 1);
        var i = Math.Min((int)x, Viridis.Length - 2);
        return Mix(Viridis[i], Viridis[i + 1], (float)(x - i));
    }

    private static Figure Render(string name, string title, string caption, int width, int height, Action<SKCanvas> draw)
    {
        byte[] png;
        using (var surface = SKSurface.Create(new SKImageInfo(width, height)))
        {
            draw(surface.Canvas);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            png = data.ToArray();
        }

        using var memory = new MemoryStream();
        using (var stream = new SKManagedWStream(memory))
        {
            using var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream);
            draw(canvas);
        }

        return new Figure(name, title, caption, png, System.Text.Encoding.UTF8.GetString(memory.ToArray()), width, height);
    }
}
