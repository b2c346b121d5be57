using System.Text.RegularExpressions;
using System.Xml.Linq;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Reports;

public class ReportCommandTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_run_writes_its_report_with_every_chart_embedded_and_beside_it_as_png_and_svg()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        var result = CliHarness.Run("run", "default", "--years", "3", "--out", output, "--set", "output.map_years=[2001]");
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains($"Report: {Path.Combine(output, "report.html")}", result.Out, StringComparison.Ordinal);

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        foreach (var section in new[] { "The run in figures", "The world over time", "Maps", "Wars", "Events" })
        {
            Assert.Contains($">{section}</h2>", html, StringComparison.Ordinal);
        }

        // Maps at the start (rebuilt from the scenario), at each map year and at the end.
        var charts = Path.Combine(output, "charts");
        foreach (var name in new[] { "territory-2000-start", "territory-2001", "hsi-2001", "territory-2002", "hsi-2002", "human-security", "war-severity" })
        {
            Assert.True(File.Exists(Path.Combine(charts, name + ".png")), name);
        }

        AssertFiguresWhole(output, html);
    }

    [Fact]
    public void The_report_of_a_folder_is_the_same_file_each_time_and_no_report_leaves_it_to_the_report_command()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        var result = CliHarness.Run("run", "two-states", "--years", "3", "--out", output, "--no-report", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Assert.False(File.Exists(Path.Combine(output, "report.html")));

        var first = CliHarness.Run("report", output);
        Assert.True(first.Code == 0, first.Err);
        var page = File.ReadAllBytes(Path.Combine(output, "report.html"));
        var second = CliHarness.Run("report", output, "--quiet");
        Assert.True(second.Code == 0, second.Err);
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(output, "report.html")));
        Assert.Equal("", second.Out);

        // An explicit world (two-states: five regions drawn as circles) has its maps too.
        Assert.True(File.Exists(Path.Combine(output, "charts", "territory-2000-start.png")));
        AssertFiguresWhole(output, File.ReadAllText(Path.Combine(output, "report.html")));
    }

    [Fact]
    public void A_comparison_and_an_experiment_report_their_arms_differences_and_verdict()
    {
        var compare = Path.Combine(TestWorlds.TempFolder(), "compare");
        var result = CliHarness.Run("compare", "default", "--arms", "realist,collective-security", "--seeds", "3", "--years", "3", "--out", compare, "--quiet");
        Assert.True(result.Code == 0, result.Err);
        var html = File.ReadAllText(Path.Combine(compare, "report.html"));
        Assert.Contains(">Outcomes, arm by arm</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">difference</th>", html, StringComparison.Ordinal);
        Assert.Contains(">Over time</h2>", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(compare, "charts", "difference-collective-security.png")));
        Assert.True(File.Exists(Path.Combine(compare, "series.csv")) && File.Exists(Path.Combine(compare, "war_sizes.parquet")));
        // Every run has one row per year in the series table: 2 arms x 3 seeds x 3 years, and a header.
        Assert.Equal(1 + (2 * 3 * 3), File.ReadAllLines(Path.Combine(compare, "series.csv")).Length);
        AssertFiguresWhole(compare, html);

        var experiment = Path.Combine(TestWorlds.TempFolder(), "experiment");
        result = CliHarness.Run("experiment", "interpol-internet", "--seeds", "3", "--years", "3", "--out", experiment, "--quiet");
        Assert.True(result.Code == 0, result.Err);
        html = File.ReadAllText(Path.Combine(experiment, "report.html"));
        Assert.Matches(new Regex("<div class=\"verdict (holds|contradicted|undecided)\">"), html);
        Assert.Contains(">The claim</h2>", html, StringComparison.Ordinal);
        AssertFiguresWhole(experiment, html);
    }

    [Fact]
    public void A_sweep_reports_once_merged_and_a_shard_says_to_merge_first()
    {
        var folder = TestWorlds.TempFolder();
        var design = Path.Combine(folder, "design.yaml");
        File.WriteAllText(design, "scenario: two-states\nyears: 2\nreplications: 2\ndesign: full-factorial\nfactors:\n  parameters.economy.convergence: [0.01, 0.03]\n");
        var sweep = Path.Combine(folder, "sweep");
        Assert.Equal(0, CliHarness.Run("sweep", design, "--out", sweep, "--quiet").Code);
        var result = CliHarness.Run("report", sweep, "--quiet");
        Assert.True(result.Code == 0, result.Err);
        var html = File.ReadAllText(Path.Combine(sweep, "report.html"));
        Assert.Contains(">Over time, point by point</h2>", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(sweep, "charts", "factor-parameters-economy-convergence-hsi.svg")));
        AssertFiguresWhole(sweep, html);

        var shard = Path.Combine(folder, "shard");
        Assert.Equal(0, CliHarness.Run("sweep", design, "--out", shard, "--shard", "1/2", "--quiet").Code);
        result = CliHarness.Run("report", shard);
        Assert.Equal(2, result.Code);
        Assert.Contains("westphalia merge", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_a_report_cannot_be_made_of_is_named_with_what_it_lacks()
    {
        var empty = TestWorlds.TempFolder();
        var result = CliHarness.Run("report", empty);
        Assert.Equal(2, result.Code);
        Assert.Contains(empty, result.Err, StringComparison.Ordinal);
        Assert.Contains("not a folder westphalia wrote", result.Err, StringComparison.Ordinal);

        result = CliHarness.Run("report", Path.Combine(empty, "nowhere"));
        Assert.Equal(2, result.Code);
        Assert.Contains("no such folder", result.Err, StringComparison.Ordinal);

        // A damaged table: the file and the record are named, no stack trace, and no page is left behind.
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        Assert.Equal(0, CliHarness.Run("run", "two-states", "--years", "2", "--out", output, "--no-report", "--quiet").Code);
        var states = Path.Combine(output, "states.csv");
        File.AppendAllText(states, "1,2,3\n");
        result = CliHarness.Run("report", output);
        Assert.Equal(2, result.Code);
        Assert.Contains("states.csv", result.Err, StringComparison.Ordinal);
        Assert.Contains("fields where the header has", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "report.html")));
    }

    [Fact]
    public void Map_years_outside_the_run_are_refused_by_name()
    {
        var result = CliHarness.Run("run", "default", "--years", "3", "--set", "output.map_years=[2000,2005]", "--out", Path.Combine(TestWorlds.TempFolder(), "run"));
        Assert.Equal(2, result.Code);
        Assert.Contains("output.map_years[1]", result.Err, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every figure of the page is embedded as the very PNG in charts/, which is a PNG, and has an SVG beside it that
    /// parses as XML; the page asks for nothing from the web.
    /// </summary>
    private static void AssertFiguresWhole(string folder, string html)
    {
        var embedded = Regex.Matches(html, "<figure id=\"([^\"]+)\"><img src=\"data:image/png;base64,([^\"]+)\"");
        Assert.NotEmpty(embedded);
        var charts = Path.Combine(folder, "charts");
        Assert.Equal(embedded.Count, Directory.GetFiles(charts, "*.png").Length);
        foreach (Match m in embedded)
        {
            var png = File.ReadAllBytes(Path.Combine(charts, m.Groups[1].Value + ".png"));
            Assert.Equal(PngSignature, png.Take(8));
            Assert.Equal(png, Convert.FromBase64String(m.Groups[2].Value));
            var svg = XDocument.Load(Path.Combine(charts, m.Groups[1].Value + ".svg"));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
        }

        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
