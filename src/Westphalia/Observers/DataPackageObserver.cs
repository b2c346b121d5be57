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
        DataPackageWriter.Write(stream, name, title, [.. _tables.Select(t => t.Schema)], (t, c) => OutputDocumentation.Describe(t.Name, c.Name), t => OutputDocumentation.SyntheticWorlds(t.Name));
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
