using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Westphalia.Metrics;
using Westphalia.Scenarios.RealWorld;

namespace Westphalia.Observers;

/// <summary>
/// regions.geojson, written by real-world runs only (regions on PRIO-GRID cells; a synthetic world has no real
/// coordinates): a GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude and latitude) with one Feature a region, the
/// Polygon of its 0.5° cell (two states sharing a cell give two features with the same square), and as properties its
/// id, PRIO-GRID cell, owner (name, ISO 3166-1 alpha-3 and COW codes) at the end of the run, and the last year's
/// population and Human Security Index. One feature a line; numbers in the invariant culture with fixed decimals, so
/// the file is the same, byte for byte, for a scenario and seed.
/// </summary>
[Output(105, FileName, Optional = true)]
public sealed class GeoJsonObserver(ObserverContext context) : Observer
{
    public const string FileName = "regions.geojson";

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));
    private readonly RegionsObserver _regions = context.Observer<RegionsObserver>();

    /// <summary>Whether this run writes regions.geojson: its world's regions are real cells.</summary>
    public override bool Writes(string file) => RealMap.IsReal(_simulation.World.Regions.PrioGrid);

    public override async Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var world = _simulation.World;
        var regions = world.Regions;
        var states = world.States;
        var n = regions.Count;
        var table = _regions.Table;

        // The last year's rows: the regions table ends with them, one a region in region order.
        var first = table["hsi"].Doubles.Count - n;
        var population = table["population"].Longs;
        var hsi = table["hsi"].Doubles;
        var owner = table["state_id"].Ints;
        var year = table["year"].Ints[^1];
        var inv = CultureInfo.InvariantCulture;
        var scenario = _simulation.Scenario;

        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Create(inv,
            $"{{\"type\":\"FeatureCollection\",\"name\":\"regions\",\"westphalia\":{{\"scenario\":{Text(scenario.Name)},\"seed\":{scenario.Seed},\"year\":{year}}},\"features\":[")).ConfigureAwait(false);
        var line = new StringBuilder();
        for (var r = 0; r < n; r++)
        {
            cancellation.ThrowIfCancellationRequested();
            var gid = regions.PrioGrid[r];
            var west = WorldCell.LongitudeOf(gid) - (WorldCell.Size / 2);
            var south = WorldCell.LatitudeOf(gid) - (WorldCell.Size / 2);
            var (east, north) = (west + WorldCell.Size, south + WorldCell.Size);
            var s = owner[first + r];
            var value = hsi[first + r];
            line.Clear();
            line.Append(inv, $"{{\"type\":\"Feature\",\"id\":{r},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[");
            line.Append(inv, $"[{west:F1},{south:F1}],[{east:F1},{south:F1}],[{east:F1},{north:F1}],[{west:F1},{north:F1}],[{west:F1},{south:F1}]]]}},");
            line.Append(inv, $"\"properties\":{{\"region_id\":{r},\"priogrid_gid\":{gid},\"state\":{Text(states.Name[s])},");
            line.Append(inv, $"\"iso3\":{(states.Iso3[s] is { Length: > 0 } iso ? Text(iso) : "null")},\"cow_code\":{(states.CowCode[s] >= 0 ? states.CowCode[s].ToString(inv) : "null")},");
            line.Append(inv, $"\"population\":{population[first + r]},\"hsi\":{(double.IsFinite(value) ? value.ToString("F4", inv) : "null")}}}}}");
            line.Append(r + 1 < n ? ",\n" : "\n");
            await writer.WriteAsync(line, cancellation).ConfigureAwait(false);
        }

        await writer.WriteLineAsync("]}").ConfigureAwait(false);
    }

    private static string Text(string text) => $"\"{JsonEncodedText.Encode(text, Encoder)}\"";
}
