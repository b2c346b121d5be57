using Westphalia.Metrics;
using Westphalia.Scenarios.RealWorld;

namespace Westphalia.Observers;

/// <summary>
/// map.svg: the Human Security Index of every region at the end of the run, on a scale rounded to 0.05, from
/// <see cref="RegionsObserver"/>. A real-world run (regions on PRIO-GRID cells) is drawn on the real map, compactly
/// (<see cref="RealMapSvgWriter"/>); a synthetic world as its grid or graph (<see cref="SvgMapWriter"/>).
/// </summary>
[Output(100, "map.svg")]
public sealed class MapObserver(ObserverContext context) : Observer
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));
    private readonly RegionsObserver _regions = context.Observer<RegionsObserver>();

    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        // The regions table ends with the last year's rows, one a region (earlier map years come before them).
        var regions = _regions.Table;
        var world = _simulation.World;
        var n = world.Regions.Count;
        var all = regions["hsi"].Doubles;
        var hsi = all.Skip(all.Count - n).ToArray();
        var year = regions["year"].Ints[^1];
        if (RealMap.IsReal(world.Regions.PrioGrid))
        {
            RealMapSvgWriter.Write(RealMap.Draw(Input(_simulation, hsi, $"December {year}"), RealMapLayer.Hsi), stream);
            return Task.CompletedTask;
        }

        var low = Math.Floor(hsi.Min() * 20) / 20;
        var high = Math.Max(Math.Ceiling(hsi.Max() * 20) / 20, low + 0.05);
        var title = $"{_simulation.Scenario.Name}, {year}: Human Security Index by region (borders black, capitals white)";
        SvgMapWriter.Write(world, _simulation.Scenario.World.Generator?.Topology, hsi, low, high, title, stream);
        return Task.CompletedTask;
    }

    /// <summary>What a map of a real-world simulation shows now, with each region's value <paramref name="hsi"/>.</summary>
    public static RealMapInput Input(Simulation simulation, IReadOnlyList<double> hsi, string date)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var world = simulation.World;
        var states = world.States;
        var alive = Enumerable.Range(0, states.Count).Select(s => states.Alive[s] ? states.Alliance[s] : -1).ToArray();
        var blocNames = simulation.Scenario.World.Data is { } data && WorldDataSet.Names.Contains(data)
            ? RealMap.AllianceNames(WorldDataSet.Load(data), alive)
            : [];
        return new RealMapInput(simulation.Scenario.Name, date, world.Regions.PrioGrid, world.Regions.Owner, hsi,
            [.. states.Name.Take(states.Count)], alive, blocNames);
    }
}
