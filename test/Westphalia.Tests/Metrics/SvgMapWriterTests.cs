using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Metrics;

public partial class SvgMapWriterTests
{
    private const string Title = "two-states, 2029: Human Security Index by region (borders black, capitals white)";

    private static string Draw(Simulation sim, Topology? grid = Topology.Hex, string title = "test")
    {
        using var stream = new MemoryStream();
        var values = new double[sim.World.Regions.Count];
        SvgMapWriter.Write(sim.World, grid, values, 0, 1, title, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The built-in two-states world (five regions, two states), with its positions replaced when given.</summary>
    private static Simulation TwoStates(params (double X, double Y)[] positions)
    {
        var sim = new Simulation(ScenarioLoader.Load("two-states"));
        for (var r = 0; r < positions.Length; r++)
        {
            (sim.World.Regions.X[r], sim.World.Regions.Y[r]) = positions[r];
        }

        return sim;
    }

    /// <summary>Every number in every attribute of the SVG (but colours and the namespace).</summary>
    private static IEnumerable<(string Attribute, string Number)> Numbers(string svg) =>
        Attribute().Matches(svg)
            .Where(m => !m.Groups[2].Value.StartsWith('#') && m.Groups[1].Value != "xmlns")
            .SelectMany(m => Number().Matches(m.Groups[2].Value).Select(n => (m.Groups[1].Value, n.Value)));

    private static (double Width, double Height) Size(string svg)
    {
        var root = Root().Match(svg);
        Assert.True(root.Success);
        return (double.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(root.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The title as drawn: the text of the 14-pixel text elements, one a line.</summary>
    private static List<string> TitleLines(string svg) => [.. TitleText().Matches(svg).Select(m => m.Groups[1].Value)];

    public static TheoryData<string, double[]> Extremes => new()
    {
        { "at plus and minus 1e308", [-1e308, 1e308, 1e308, -1e308, 0, 0, 1e308, 1e308, -1e308, -1e308] },
        { "at the largest doubles", [double.MaxValue, double.MaxValue, -double.MaxValue, -double.MaxValue, double.MaxValue, -double.MaxValue, 0, 0, 1, 1] },
        { "all at one point", [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] },
        { "all at one huge point", [1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308, -1e308] },
        { "a tiny spread", [0, 0, 1e-300, 0, 0, 1e-300, 1e-300, 1e-300, 2e-300, 1e-300] },
        { "subnormal positions", [0, 0, double.Epsilon, 0, 0, double.Epsilon, double.Epsilon, double.Epsilon, 2 * double.Epsilon, double.Epsilon] },
        { "a huge spread with clusters", [0, 0, 1, 0, 0, 1, 1, 1, 1e300, 1] },
        { "on one line", [0, 0, 1e9, 0, 2e9, 0, 3e9, 0, 4e9, 0] },
        { "not finite", [double.NaN, 0, double.PositiveInfinity, 0, 0, double.NegativeInfinity, 1, 1, 2, 1] },
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public void Every_number_of_a_map_is_finite_and_its_canvas_of_sensible_size_wherever_the_regions_are(string where, double[] xy)
    {
        var svg = Draw(TwoStates([.. xy.Chunk(2).Select(p => (p[0], p[1]))]), grid: null, Title);
        foreach (var (attribute, number) in Numbers(svg))
        {
            Assert.True(double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value), $"{where}: {attribute}=\"{number}\"");
        }

        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        var (width, height) = Size(svg);
        Assert.InRange(width, 330, 3000);
        Assert.InRange(height, 100, 3000);
        Assert.Equal([Title], TitleLines(svg));
    }

    [Fact]
    public void The_two_states_map_is_wide_enough_for_its_title_and_tall_enough_for_its_legend()
    {
        var svg = Draw(TwoStates(), grid: null, Title);
        var (width, height) = Size(svg);

        // At least 0.55 em a character and the margins: DejaVu Sans, among the widest common sans-serif fonts, draws this title at 0.51 em a character.
        Assert.True(width >= 24 + (0.55 * 14 * Title.Length), $"{width} px for a title of {Title.Length} characters");
        Assert.InRange(height, 200, 1000);
        Assert.Equal([Title], TitleLines(svg));

        // The five circles lie inside the canvas, clear of the title and the legend.
        var circles = Circle().Matches(svg).Select(m => (X: Parse(m.Groups[1].Value), Y: Parse(m.Groups[2].Value), R: Parse(m.Groups[3].Value))).Take(5).ToList();
        Assert.Equal(5, circles.Count);
        Assert.All(circles, c => Assert.True(c.X - c.R >= 0 && c.X + c.R <= width && c.Y - c.R > 26 && c.Y + c.R < height - 46, $"{c}"));
    }

    [Fact]
    public void A_title_too_long_for_any_canvas_is_wrapped_onto_lines_and_never_cut()
    {
        var title = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}")) + " " + new string('x', 300);
        var svg = Draw(TwoStates(), grid: null, title);
        var lines = TitleLines(svg);
        Assert.True(lines.Count > 2);
        Assert.Equal(title.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        var (width, _) = Size(svg);
        Assert.InRange(width, 330, SvgMapWriter.MaxTitleWidth + 24);
        Assert.All(lines, line => Assert.True(SvgMapWriter.TextWidth(line, 14) <= width - 24, line));
    }

    [Fact]
    public void An_explicit_world_draws_a_border_across_each_link_between_regions_of_different_states()
    {
        // Two-states: Midvale and Eastmarch (Aldor) each border Southgate (Beren); no other link crosses a border.
        var svg = Draw(TwoStates(), grid: null, Title);
        var group = svg[svg.IndexOf("<g stroke=\"black\"", StringComparison.Ordinal)..];
        group = group[..group.IndexOf("</g>", StringComparison.Ordinal)];
        Assert.Equal(2, group.Split("<line ").Length - 1);
    }

    [Fact]
    public void A_grid_too_large_for_fourteen_pixels_a_cell_is_scaled_down_to_fit()
    {
        var sim = new Simulation(TestWorlds.Grid(400, 3, states: 4, years: 1, extra: ["world.generator.topology=square"]));
        var svg = Draw(sim, Topology.Square, "a long thin grid");
        var (width, height) = Size(svg);
        Assert.InRange(width, SvgMapWriter.MaxPlot * 0.9, SvgMapWriter.MaxPlot + 100);
        Assert.InRange(height, 100, 300);
    }

    [Fact]
    public void Land_held_by_rebels_is_outlined_and_named_in_the_legend_only_when_there_is_some()
    {
        var sim = new Simulation(TestWorlds.Grid(12, 10, states: 4, years: 1, extra: ["world.generator.topology=hex"]));
        var quiet = Draw(sim);
        Assert.DoesNotContain("#d7191c", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("held by rebels", quiet, StringComparison.Ordinal);

        // One region held by rebels, in the middle of its state: six sides drawn in the rebels' colour.
        var regions = sim.World.Regions;
        var inner = Enumerable.Range(0, regions.Count).First(r =>
            sim.World.Adjacency.Of(r).Length == 6 && sim.World.Adjacency.Of(r).ToArray().All(n => regions.Owner[n] == regions.Owner[r]));
        regions.Rebels[inner] = 0;
        var held = Draw(sim);
        var group = held[held.IndexOf("<g stroke=\"#d7191c\"", StringComparison.Ordinal)..];
        group = group[..group.IndexOf("</g>", StringComparison.Ordinal)];
        Assert.Equal(6, group.Split("<line ").Length - 1);
        Assert.Contains("land held by rebels in a civil war", held, StringComparison.Ordinal);

        // The legend's entry fits on the canvas of a small map.
        Assert.True(Size(held).Width >= 12 + 360 + SvgMapWriter.TextWidth("land held by rebels in a civil war", 11));
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("([a-zA-Z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?(?:Infinity|∞|NaN)")]
    private static partial Regex Number();

    [GeneratedRegex("^<svg [^>]*width=\"([^\"]*)\" height=\"([^\"]*)\"")]
    private static partial Regex Root();

    [GeneratedRegex("<text [^>]*font-size=\"14\">([^<]*)</text>")]
    private static partial Regex TitleText();

    [GeneratedRegex("<circle cx=\"([^\"]*)\" cy=\"([^\"]*)\" r=\"([^\"]*)\" fill=\"#")]
    private static partial Regex Circle();
}
