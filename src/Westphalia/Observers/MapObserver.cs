using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>map.svg: the Human Security Index of every region at the end of the run, on a scale rounded to 0.05, from <see cref="RegionsObserver"/>.</summary>
[Output(100, "map.svg")]
public sealed class MapObserver(ObserverContext context) : Observer
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));
    private readonly RegionsObserver _regions = context.Observer<RegionsObserver>();

    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        // The regions table ends with the last year's rows, one a region (earlier map years come before them).
        var regions = _regions.Table;
        var n = _simulation.World.Regions.Count;
        var all = regions["hsi"].Doubles;
        var hsi = all.Skip(all.Count - n).ToArray();
        var low = Math.Floor(hsi.Min() * 20) / 20;
        var high = Math.Max(Math.Ceiling(hsi.Max() * 20) / 20, low + 0.05);
        var year = regions["year"].Ints[^1];
        var title = $"{_simulation.Scenario.Name}, {year}: Human Security Index by region (borders black, capitals white)";
        SvgMapWriter.Write(_simulation.World, _simulation.Scenario.World.Generator?.Topology, hsi, low, high, title, stream);
        return Task.CompletedTask;
    }
}
