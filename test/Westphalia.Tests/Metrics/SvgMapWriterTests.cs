using System.Text;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Metrics;

public class SvgMapWriterTests
{
    private static string Draw(Simulation sim)
    {
        using var stream = new MemoryStream();
        var values = new double[sim.World.Regions.Count];
        SvgMapWriter.Write(sim.World, Topology.Hex, values, 0, 1, "test", stream);
        return Encoding.UTF8.GetString(stream.ToArray());
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
    }
}
