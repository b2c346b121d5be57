using CsCheck;
using Westphalia.Tests.Mechanisms;

namespace Westphalia.Tests.World;

/// <summary>The state → regions index (<see cref="Westphalia.World.RefreshMembership"/>, <see cref="Westphalia.World.RebuildMembership"/>).</summary>
public class MembershipTests
{
    [Fact]
    public void The_index_brought_up_to_date_after_any_moves_is_the_index_built_from_scratch()
    {
        // Moves of random regions to random states, some moved twice or back again, a refresh after some of them: the
        // index updated by moving regions is the one a rebuild makes from the owners, slice by slice, in ascending order.
        Gen.Select(Gen.Int[1, 30], Gen.Int[1, 20], Gen.Int[1, 6], Gen.Select(Gen.Int[0, 599], Gen.Int[0, 5], Gen.Bool).Array[0, 120])
            .Sample((width, height, count, moves) =>
            {
                var world = SmallWorlds.Grid(width, height, count, r => r % count);
                var regions = world.Regions.Count;
                foreach (var (region, state, refresh) in moves)
                {
                    world.TransferRegion(region % regions, state % count);
                    if (refresh)
                    {
                        world.RefreshMembership();
                    }
                }

                world.RefreshMembership();
                var states = world.States;
                var updated = (states.Regions.ToArray(), states.RegionOffsets.ToArray(), states.RegionCount.ToArray());
                world.RebuildMembership();
                Assert.Equal(states.Regions, updated.Item1);
                Assert.Equal(states.RegionOffsets, updated.Item2);
                Assert.Equal(states.RegionCount, updated.Item3);
            }, iter: 300);
    }
}
