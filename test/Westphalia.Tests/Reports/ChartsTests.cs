using Westphalia.Reports;

namespace Westphalia.Tests.Reports;

public class ChartsTests
{
    [Fact]
    public void Text_is_drawn_in_the_embedded_font_whatever_the_machine_has()
    {
        Assert.Equal("DejaVu Sans", ReportFonts.Regular.FamilyName);
        Assert.True(ReportFonts.Bold.IsBold);
        ReportFonts.Install();
        Assert.Equal(ReportFonts.Family, ScottPlot.Fonts.Default);
    }

    [Fact]
    public void The_severity_chart_fits_a_power_law_only_with_ten_wars_or_more()
    {
        Assert.Null(Charts.Fit([1000, 2000, 3000, 5000, 8000, 13000, 21000, 34000, 55000]));

        // Sizes at the quantiles of a continuous power law with alpha 3 above 1,000, x = 1000 (1 - u)^(-1/2): the fit
        // finds alpha near 3.
        var sizes = Enumerable.Range(0, 400).Select(i => 1000 / Math.Sqrt(1 - ((i + 0.5) / 400))).ToList();
        var fit = Charts.Fit(sizes);
        Assert.NotNull(fit);
        Assert.InRange(fit.Alpha, 2.7, 3.3);

        var figure = Charts.Severity("s", "title", "caption", [new SeverityGroup("wars", sizes), new SeverityGroup("none", [])]);
        Assert.True(figure.Png.Length > 1000);
        Assert.StartsWith("<?xml", figure.Svg, StringComparison.Ordinal);
    }
}
