using System.Globalization;
using ScottPlot;
using Westphalia.Statistics;

namespace Westphalia.Reports;

/// <summary>
/// The charts of the reports, drawn with ScottPlot (MIT) in the embedded font: lines over time with shaded bands, the
/// war-severity CCDF on log–log axes with the fitted power law, intervals of estimates, and scatters. Each comes back as
/// a <see cref="Figure"/>, PNG and SVG of the same drawing.
/// </summary>
public static class Charts
{
    public const int Width = 880;
    public const int Height = 400;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Lines over time, each with its band when it has one.</summary>
    public static Figure Lines(string name, string title, string caption, string yLabel, IReadOnlyList<ChartSeries> series, string xLabel = "year")
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot(title, xLabel, yLabel);
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var colour = Colour(i);
            var x = s.X.ToArray();
            if (s.Low is { } low && s.High is { } high)
            {
                var band = plot.Add.FillY(x, low.ToArray(), high.ToArray());
                band.FillColor = colour.WithAlpha(series.Count <= 2 ? 0.22 : 0.1);
                band.LineWidth = 0;
            }

            var line = plot.Add.Scatter(x, s.Y.ToArray());
            line.Color = colour;
            line.LineWidth = 2;
            line.MarkerSize = x.Length == 1 ? 6 : 0;
            line.LegendText = s.Label;
        }

        if (xLabel == "year")
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => v.ToString("0", Inv) };
        }

        ShowLegend(plot, series.Count);
        return Render(plot, name, title, caption);
    }

    /// <summary>
    /// The complementary cumulative distribution of war sizes, P(X ≥ x), on log–log axes, a group a colour, with the
    /// power law fitted to each group's tail by the method of Clauset, Shalizi and Newman (continuous; x_min by the
    /// smallest KS distance) where the group has at least ten wars.
    /// </summary>
    public static Figure Severity(string name, string title, string caption, IReadOnlyList<SeverityGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var plot = NewPlot(title, "battle deaths of a war, x (log scale)", "share of wars with at least x (log scale)");
        var drawn = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var sizes = groups[g].Sizes.Where(v => v >= 1 && double.IsFinite(v)).OrderByDescending(v => v).ToArray();
            if (sizes.Length == 0)
            {
                continue;
            }

            var colour = Colour(g);
            var n = sizes.Length;
            var xs = new double[n];
            var ys = new double[n];
            for (var i = 0; i < n; i++)
            {
                xs[i] = Math.Log10(sizes[i]);
                ys[i] = Math.Log10((i + 1.0) / n);
            }

            var points = plot.Add.ScatterPoints(xs, ys);
            points.Color = colour;
            points.MarkerSize = 5;
            points.LegendText = $"{groups[g].Label} ({n.ToString("N0", Inv)} wars)";
            drawn++;
            if (Fit(sizes) is not { } fit)
            {
                continue;
            }

            // P(X ≥ x) = (n_tail / n) · (x / x_min)^(1 − α) for x ≥ x_min.
            var lx = new[] { Math.Log10(fit.XMin), Math.Log10(sizes[0]) };
            var share = (double)fit.TailCount / n;
            var ly = lx.Select(v => Math.Log10(share) + ((1 - fit.Alpha) * (v - lx[0]))).ToArray();
            var line = plot.Add.Scatter(lx, ly);
            line.Color = colour;
            // Solid: SkiaSharp's SVG canvas cannot write dash patterns.
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
            line.LegendText = string.Create(Inv, $"power law fitted: α = {fit.Alpha:F2} ± {fit.StandardError:F2}, x_min = {fit.XMin:N0} ({fit.TailCount} wars in the tail)");
        }

        LogAxis(plot.Axes.Bottom, integer: true);
        LogAxis(plot.Axes.Left, integer: false);
        if (drawn == 0)
        {
            plot.Add.Annotation("no war in these runs");
        }

        ShowLegend(plot, 2, Alignment.LowerLeft);
        return Render(plot, name, title, caption);
    }

    /// <summary>The continuous power-law fit of war sizes, or null with fewer than ten wars or no tail to fit.</summary>
    public static PowerLawFit? Fit(IReadOnlyList<double> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count < PowerLawOptions.Default.MinTail)
        {
            return null;
        }

        try
        {
            return PowerLaw.Fit([.. sizes]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Estimates with their intervals, one row each, against a line at zero; the axis stops at ±<paramref name="clip"/> when given.</summary>
    public static Figure Intervals(string name, string title, string caption, string xLabel, IReadOnlyList<IntervalRow> rows, double? clip = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = NewPlot(title, xLabel, "");
        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Gray;
        zero.LineWidth = 1;
        var positions = new double[rows.Count];
        var labels = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i;
            positions[i] = y;
            labels[i] = rows[i].Label;
            var r = rows[i];
            var colour = r.Low > 0 || r.High < 0 ? Colour(0) : Colors.Gray;
            var bar = plot.Add.Line(r.Low, y, r.High, y);
            bar.Color = colour;
            bar.LineWidth = 3;
            var mark = plot.Add.Marker(r.Estimate, y);
            mark.Color = colour;
            mark.Size = 9;
        }

        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(0.1, 0.12);

        // An interval far beyond the others (a change of 2,000% beside ones of 5%) would flatten them: the axis stops at
        // ±clip, and a row that runs past it has its estimate written at the edge.
        if (clip is { } limit && rows.Count > 0)
        {
            var low = Math.Max(-limit, rows.Min(r => Math.Min(r.Low, r.Estimate)));
            var high = Math.Min(limit, rows.Max(r => Math.Max(r.High, r.Estimate)));
            var pad = Math.Max((high - low) * 0.08, 1e-9);
            plot.Axes.SetLimits(Math.Min(low, 0) - pad, Math.Max(high, 0) + pad, -0.7, rows.Count - 0.3);
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                if (r.High > limit || r.Low < -limit || Math.Abs(r.Estimate) > limit)
                {
                    var right = r.Estimate > 0;
                    var text = plot.Add.Text($"{Numbers.Signed(r.Estimate)} {(right ? "→" : "←")}", right ? Math.Max(high, 0) + pad : Math.Min(low, 0) - pad, rows.Count - 1 - i + 0.3);
                    text.LabelFontSize = 11;
                    text.LabelAlignment = right ? Alignment.LowerRight : Alignment.LowerLeft;
                }
            }
        }

        var height = Math.Max(220, 70 + (34 * rows.Count));
        return Render(plot, name, title, caption, Width, height);
    }

    /// <summary>Points, a group a colour; with <paramref name="fromZero"/>, both axes start at zero.</summary>
    public static Figure Points(string name, string title, string caption, string xLabel, string yLabel, IReadOnlyList<PointGroup> groups, bool fromZero = false)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var plot = NewPlot(title, xLabel, yLabel);
        var few = groups.Sum(g => g.X.Count) <= 64;
        for (var g = 0; g < groups.Count; g++)
        {
            var points = plot.Add.ScatterPoints(groups[g].X.ToArray(), groups[g].Y.ToArray());
            points.Color = Colour(g).WithAlpha(few ? 1 : 0.7);
            points.MarkerSize = few ? 11 : 5;
            points.LegendText = groups[g].Label;
        }

        if (fromZero)
        {
            plot.Axes.AutoScale();
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimits(0, Math.Max(limits.Right, 1e-12) * 1.05, 0, Math.Max(limits.Top, 1e-12) * 1.05);
        }

        ShowLegend(plot, groups.Count, fromZero ? Alignment.LowerRight : Alignment.UpperLeft);
        return Render(plot, name, title, caption);
    }

    /// <summary>The colour of the i-th line: Tableau's ten (Category10), in turn.</summary>
    public static Color Colour(int i) => new ScottPlot.Palettes.Category10().GetColor(i);

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        ReportFonts.Install();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        plot.Title(title, size: 15);
        plot.XLabel(xLabel, size: 13);
        plot.YLabel(yLabel, size: 13);
        plot.Axes.Title.Label.Bold = false;
        return plot;
    }

    private static void ShowLegend(Plot plot, int entries, Alignment alignment = Alignment.UpperLeft)
    {
        if (entries < 2)
        {
            return;
        }

        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = alignment;
        plot.Legend.FontSize = 11;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
    }

    /// <summary>An axis that shows log₁₀ values as powers of ten, with minor ticks at 2…9.</summary>
    private static void LogAxis(ScottPlot.IAxis axis, bool integer)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = v => integer ? Math.Pow(10, v).ToString("N0", Inv) : Math.Pow(10, v).ToString("G3", Inv),
        };
    }

    private static Figure Render(Plot plot, string name, string title, string caption, int width = Width, int height = Height)
    {
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        var svg = plot.GetSvgXml(width, height);
        return new Figure(name, title, caption, png, svg, width, height);
    }
}
