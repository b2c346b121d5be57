using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Scenarios;

public class GridWorldGeneratorTests
{
    [Fact]
    public void Major_powers_lead_blocs_of_their_nearest_states_with_a_non_aligned_band_between()
    {
        var spec = new GridGeneratorSpec { Width = 40, Height = 20, States = 30, MajorPowers = 2, SpreadMajorPowers = true, Blocs = true, NonAlignedBand = 0.15 };
        var world = GridWorldGenerator.Generate(spec, new EconomyParameters(), seed: 11);
        var states = world.States;
        var regions = world.Regions;

        // The two major powers sit on the middle row, a quarter and three quarters of the way across.
        Assert.Equal((10 * 40) + 10, states.Capital[0]);
        Assert.Equal((10 * 40) + 30, states.Capital[1]);
        Assert.Equal(0, states.Alliance[0]);
        Assert.Equal(1, states.Alliance[1]);

        double Distance(int s, int p) => Math.Sqrt(Math.Pow(regions.X[states.Capital[s]] - regions.X[states.Capital[p]], 2) + Math.Pow(regions.Y[states.Capital[s]] - regions.Y[states.Capital[p]], 2));
        var nonAligned = 0;
        for (var s = 2; s < 30; s++)
        {
            var (d0, d1) = (Distance(s, 0), Distance(s, 1));
            if (Math.Abs(d0 - d1) / (d0 + d1) < 0.15)
            {
                Assert.Equal(-1, states.Alliance[s]);
                nonAligned++;
            }
            else
            {
                Assert.Equal(d0 < d1 ? 0 : 1, states.Alliance[s]);
            }
        }

        Assert.InRange(nonAligned, 1, 27);
    }

    [Fact]
    public void Major_powers_grow_larger_than_the_average_state()
    {
        var spec = new GridGeneratorSpec { Width = 60, Height = 40, States = 40, MajorPowers = 2, MajorPowerScale = 4, SpreadMajorPowers = true };
        var world = GridWorldGenerator.Generate(spec, new EconomyParameters(), seed: 3);
        var average = world.Regions.Count / 40.0;
        Assert.True(world.States.RegionCount[0] > 3 * average);
        Assert.True(world.States.RegionCount[1] > 3 * average);
    }
}
