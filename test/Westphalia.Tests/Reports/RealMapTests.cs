using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using SkiaSharp;
using Westphalia.Metrics;
using Westphalia.Reports;
using Westphalia.Scenarios;
using Westphalia.Scenarios.RealWorld;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Reports;

/// <summary>One short run of the <c>world</c> scenario (a year), shared by the tests of its maps and GeoJSON.</summary>
public sealed class WorldRunFixture
{
    public WorldRunFixture()
    {
        Folder = Path.Combine(TestWorlds.TempFolder(), "world");
        var result = CliHarness.Run("run", "world", "--set", "years=1", "--threads", "2", "--no-report", "--quiet", "--out", Folder);
        Assert.True(result.Code == 0, result.Err);
        var scenario = ScenarioLoader.Load("world");
        World = WorldFactory.Create(scenario);
    }

    public string Folder { get; }

    /// <summary>The world as the scenario builds it, before the first month.</summary>
    public Westphalia.World World { get; }

    /// <summary>What a map of the world at the start shows (every region's value 0.5).</summary>
    public RealMapInput Start
    {
        get
        {
            var states = World.States;
            return new RealMapInput("world", "January 2020", World.Regions.PrioGrid, World.Regions.Owner, [.. Enumerable.Repeat(0.5, World.Regions.Count)],
                [.. states.Name.Take(states.Count)], [.. states.Alliance.Take(states.Count)], RealMap.AllianceNames(WorldDataSet.Load("world"), states.Alliance));
        }
    }
}

public class RealMapTests(WorldRunFixture run) : IClassFixture<WorldRunFixture>
{
    /// <summary>Paris, 48.86° N 2.35° E.</summary>
    private const int Paris = 199805;

    [Fact]
    public void Paris_is_in_the_cell_PRIO_GRID_numbers_199805()
    {
        Assert.Equal(Paris, (WorldCell.RowOf(48.86) * WorldCell.Columns) + WorldCell.ColumnOf(2.35) + 1);
    }

    [Theory]
    [InlineData(RealMapLayer.Ownership)]
    [InlineData(RealMapLayer.Blocs)]
    [InlineData(RealMapLayer.Hsi)]
    public void The_compact_svg_of_the_world_at_the_start_is_under_a_megabyte_and_covers_every_land_cell_with_one_rect(RealMapLayer layer)
    {
        var map = RealMap.Draw(run.Start, layer);
        using var stream = new MemoryStream();
        RealMapSvgWriter.Write(map, stream);
        Assert.True(stream.Length < 1_000_000, $"{stream.Length} bytes");
        AssertCoversLand(XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())), run.World.Regions.PrioGrid, map);
    }

    [Fact]
    public void The_end_of_run_map_of_a_real_world_run_is_compact_and_covers_every_land_cell_once()
    {
        var path = Path.Combine(run.Folder, "map.svg");
        Assert.True(new FileInfo(path).Length < 1_000_000, $"{new FileInfo(path).Length} bytes");
        var svg = XDocument.Load(path);
        AssertCoversLand(svg, run.World.Regions.PrioGrid, null);
        Assert.Contains("Human Security Index", svg.Root!.Descendants().First(e => e.Name.LocalName == "text").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_png_has_the_maps_size_France_at_Paris_and_the_sea_in_mid_Atlantic()
    {
        var map = RealMap.Draw(run.Start, RealMapLayer.Ownership);
        using var bitmap = SKBitmap.Decode(RealMapPainter.Png(map));
        Assert.Equal(RealMap.Width, bitmap.Width);
        Assert.Equal(map.Height, bitmap.Height);
        Assert.Equal(1464, bitmap.Width);

        var (row, column) = RealMap.Place(Paris);
        Assert.Equal("France", run.World.States.Name[map.CellState(row, column)]);
        var france = map.Colours[map.CellColour(row, column)];
        var (x, y) = RealMap.Pixel(Paris);
        Assert.Equal(new SKColor(france.R, france.G, france.B), bitmap.GetPixel(x, y));

        // 30° N 40° W: open ocean, the background.
        var atlantic = (WorldCell.RowOf(30.2) * WorldCell.Columns) + WorldCell.ColumnOf(-40.2) + 1;
        var (ax, ay) = RealMap.Pixel(atlantic);
        Assert.Equal(new SKColor(RealMap.Background.R, RealMap.Background.G, RealMap.Background.B), bitmap.GetPixel(ax, ay));
    }

    [Fact]
    public void Neighbouring_states_have_different_colours_and_blocs_are_named_by_their_alliances()
    {
        var map = RealMap.Draw(run.Start, RealMapLayer.Ownership);
        for (var row = 0; row < RealMap.Rows; row++)
        {
            for (var column = 0; column + 1 < RealMap.Columns; column++)
            {
                var (a, b) = (map.CellState(row, column), map.CellState(row, column + 1));
                if (a >= 0 && b >= 0 && a != b)
                {
                    Assert.NotEqual(map.CellColour(row, column), map.CellColour(row, column + 1));
                }
            }
        }

        var blocs = RealMap.Draw(run.Start, RealMapLayer.Blocs);
        Assert.Contains(blocs.Legend, e => e.Label.Contains("NATO", StringComparison.Ordinal));
        Assert.Contains(blocs.Legend, e => e.Label.StartsWith("in no bloc", StringComparison.Ordinal) && e.Colour == RealMap.Unaligned);
    }

    [Fact]
    public void The_geojson_has_a_feature_per_region_and_Paris_in_its_half_degree_square_in_France()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Folder, "regions.geojson")));
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(run.World.Regions.Count, features.Count);

        var paris = features.Where(f => f.GetProperty("properties").GetProperty("priogrid_gid").GetInt32() == Paris).ToList();
        var france = Assert.Single(paris, f => f.GetProperty("properties").GetProperty("iso3").GetString() == "FRA");
        Assert.Equal("France", france.GetProperty("properties").GetProperty("state").GetString());
        Assert.Equal(220, france.GetProperty("properties").GetProperty("cow_code").GetInt32());
        Assert.True(france.GetProperty("properties").GetProperty("population").GetInt64() > 0);
        Assert.InRange(france.GetProperty("properties").GetProperty("hsi").GetDouble(), 0, 1);
        var geometry = france.GetProperty("geometry");
        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        var ring = geometry.GetProperty("coordinates")[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
        Assert.Equal([(2.0, 48.5), (2.5, 48.5), (2.5, 49.0), (2.0, 49.0), (2.0, 48.5)], ring);
    }

    [Fact]
    public void A_real_world_run_lists_its_geojson_in_the_manifest_and_the_data_package_and_gives_each_regions_cell()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "manifest.json")));
        Assert.Contains("regions.geojson", manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "datapackage.json")));
        Assert.Contains(package.RootElement.GetProperty("resources").EnumerateArray(), r => r.GetProperty("path").GetString() == "regions.geojson");

        var lines = File.ReadLines(Path.Combine(run.Folder, "regions.csv")).Take(2).ToList();
        var gid = Array.IndexOf(lines[0].Split(','), "priogrid_gid");
        Assert.True(gid >= 0);
        Assert.Equal(run.World.Regions.PrioGrid[0].ToString(CultureInfo.InvariantCulture), lines[1].Split(',')[gid]);
    }

    [Fact]
    public void The_geojson_is_the_same_bytes_for_the_same_scenario_and_seed()
    {
        var again = Path.Combine(TestWorlds.TempFolder(), "world");
        var result = CliHarness.Run("run", "world", "--set", "years=1", "--threads", "1", "--no-report", "--quiet", "--out", again);
        Assert.True(result.Code == 0, result.Err);
        Assert.Equal(File.ReadAllBytes(Path.Combine(run.Folder, "regions.geojson")), File.ReadAllBytes(Path.Combine(again, "regions.geojson")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(run.Folder, "map.svg")), File.ReadAllBytes(Path.Combine(again, "map.svg")));
    }

    [Fact]
    public void The_map_command_draws_a_year_of_the_run_as_png_and_svg()
    {
        var result = CliHarness.Run("map", run.Folder, "--quiet");
        Assert.True(result.Code == 0, result.Err);
        using (var png = SKBitmap.Decode(Path.Combine(run.Folder, "map-ownership-2020.png")))
        {
            Assert.Equal(RealMap.Width, png.Width);
        }

        var svg = Path.Combine(TestWorlds.TempFolder(), "blocs.svg");
        result = CliHarness.Run("map", run.Folder, "--year", "2020", "--layer", "blocs", "--out", svg);
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("Map: ", result.Out, StringComparison.Ordinal);
        var text = XDocument.Load(svg).Root!.Descendants().First(e => e.Name.LocalName == "text").Value;
        Assert.Equal("world: alliance blocs, December 2020", text);
    }

    [Fact]
    public void The_map_command_refuses_a_year_the_run_does_not_hold_and_a_layer_it_does_not_know()
    {
        var year = CliHarness.Run("map", run.Folder, "--year", "2035");
        Assert.Equal(2, year.Code);
        Assert.Contains("--year 2035", year.Err, StringComparison.Ordinal);
        Assert.Contains("regions.csv holds 2020", year.Err, StringComparison.Ordinal);
        Assert.Contains("output.map_years", year.Err, StringComparison.Ordinal);

        var layer = CliHarness.Run("map", run.Folder, "--layer", "rivers");
        Assert.Equal(2, layer.Code);
        Assert.Contains("--layer rivers", layer.Err, StringComparison.Ordinal);
        Assert.Contains("ownership, blocs or hsi", layer.Err, StringComparison.Ordinal);
        AssertNoStackTrace(year.Err + layer.Err);
    }

    [Fact]
    public void The_map_command_refuses_a_folder_that_is_no_run_and_a_synthetic_world_pointing_to_its_map_svg()
    {
        var empty = TestWorlds.TempFolder();
        var none = CliHarness.Run("map", empty);
        Assert.Equal(2, none.Code);
        Assert.Contains("not a run folder", none.Err, StringComparison.Ordinal);

        var synthetic = Path.Combine(TestWorlds.TempFolder(), "two");
        Assert.Equal(0, CliHarness.Run("run", "two-states", "--years", "1", "--no-report", "--quiet", "--out", synthetic).Code);
        var refused = CliHarness.Run("map", synthetic);
        Assert.Equal(2, refused.Code);
        Assert.Contains("synthetic world", refused.Err, StringComparison.Ordinal);
        Assert.Contains("map.svg", refused.Err, StringComparison.Ordinal);
        AssertNoStackTrace(none.Err + refused.Err);

        // A synthetic run writes no GeoJSON, says so in its data package, and leaves priogrid_gid empty.
        Assert.False(File.Exists(Path.Combine(synthetic, "regions.geojson")));
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(synthetic, "datapackage.json")));
        Assert.Contains("no regions.geojson", package.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        var lines = File.ReadLines(Path.Combine(synthetic, "regions.csv")).Take(2).ToList();
        Assert.Equal("", lines[1].Split(',')[Array.IndexOf(lines[0].Split(','), "priogrid_gid")]);
    }

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    /// <summary>Every land cell (a cell of some region) is covered by exactly one coloured rect of the land group, and no other cell is.</summary>
    private static void AssertCoversLand(XDocument svg, IReadOnlyList<int> prioGrid, RealMap? map)
    {
        var land = svg.Descendants().Single(e => e.Name.LocalName == "g" && (string?)e.Attribute("id") == RealMapSvgWriter.LandId);
        var covered = new int[RealMap.Rows * RealMap.Columns];
        var colour = new string?[covered.Length];
        foreach (var group in land.Elements().Where(e => e.Name.LocalName == "g"))
        {
            var fill = (string)group.Attribute("fill")!;
            Assert.Matches("^#[0-9a-f]{6}$", fill);
            foreach (var rect in group.Elements().Where(e => e.Name.LocalName == "rect"))
            {
                int Get(string name) => int.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
                Assert.Equal(1, Get("height"));
                for (var c = Get("x"); c < Get("x") + Get("width"); c++)
                {
                    covered[(Get("y") * RealMap.Columns) + c]++;
                    colour[(Get("y") * RealMap.Columns) + c] = fill;
                }
            }
        }

        var cells = prioGrid.Select(g => RealMap.Place(g)).Select(p => (p.Row * RealMap.Columns) + p.Column).ToHashSet();
        for (var i = 0; i < covered.Length; i++)
        {
            Assert.True(covered[i] == (cells.Contains(i) ? 1 : 0), $"cell {i}: {covered[i]} rects");
            if (map is not null && cells.Contains(i))
            {
                Assert.Equal(map.Colours[map.CellColour(i / RealMap.Columns, i % RealMap.Columns)].Hex, colour[i]);
            }
        }
    }
}
