using System.Reflection;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// datapackage.json: a Frictionless Data Package describing every table written before it (each CSV file with its
/// columns' types, units and meanings, as docs/OUTPUTS.md gives them, and nulls as empty fields).
/// </summary>
[Output(120, DataPackageWriter.FileName)]
public sealed class DataPackageObserver : Observer
{
    private readonly Simulation _simulation;
    private readonly List<TableObserver> _tables;

    public DataPackageObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _simulation = context.Simulation;
        var position = GetType().GetCustomAttribute<OutputAttribute>()!.Position;
        _tables = [.. ObserverCatalog.Types
            .Where(t => t.IsSubclassOf(typeof(TableObserver)) && t.GetCustomAttribute<OutputAttribute>()!.Position < position)
            .Select(t => (TableObserver)context.Observer(t))];
    }

    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        var scenario = _simulation.Scenario;
        var name = $"westphalia-{Slug(scenario.Name)}-seed{scenario.Seed}";
        var title = $"westphalia run {scenario.Name}, seed {scenario.Seed}, {scenario.Years} years from {scenario.StartYear}";
        var real = RealMap.IsReal(_simulation.World.Regions.PrioGrid);
        var description = real
            ? "A run of a real-world scenario: regions are 0.5-degree PRIO-GRID cells (regions.csv, priogrid_gid), drawn in regions.geojson."
            : "A run of a synthetic world: its regions have no real coordinates, so regions.csv's priogrid_gid is empty and no regions.geojson is written.";
        DataPackageFile[] files = real
            ? [new("regions-geojson", GeoJsonObserver.FileName, "geojson", "application/geo+json",
                "GeoJSON (RFC 7946, WGS 84 longitude and latitude): one Feature a region, the Polygon of its 0.5-degree cell (two states sharing a cell give two features with the same square), with the region's id, PRIO-GRID cell, owner's name, ISO 3166-1 alpha-3 and COW codes at the end of the run, and the last year's population and Human Security Index.")]
            : [];
        DataPackageWriter.Write(stream, name, title, [.. _tables.Select(t => t.Schema)], (t, c) => OutputDocumentation.Describe(t.Name, c.Name),
            t => OutputDocumentation.SyntheticWorlds(t.Name), description, files);
        return Task.CompletedTask;
    }

    /// <summary>A package name: lower-case letters, digits, '-', '.' and '_' only, as the Data Package specification asks.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-' ? ch : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length > 0 ? slug : "run";
    }
}
