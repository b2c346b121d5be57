using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>The exact docking tests against a published median, minimum and maximum (docs/VALIDATION.md, GeoSim).</summary>
public class OrderStatisticTestsTests
{
    /// <summary>Every arrangement of m sample and n reference ranks, each as a bit mask over the m + n positions.</summary>
    private static IEnumerable<bool[]> Arrangements(int m, int n)
    {
        var size = m + n;
        for (var mask = 0; mask < 1 << size; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) == m)
            {
                yield return [.. Enumerable.Range(0, size).Select(i => (mask & (1 << i)) != 0)];
            }
        }
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(6, 3)]
    [InlineData(5, 7)]
    public void The_median_test_matches_counting_every_arrangement(int m, int n)
    {
        // Positions in ascending order; true marks a value of the sample. K = sample values above the reference median.
        var h = (n + 1) / 2;
        var counts = new int[m + 1];
        var total = 0;
        foreach (var arrangement in Arrangements(m, n))
        {
            var referenceSeen = 0;
            var k = 0;
            for (var i = arrangement.Length - 1; i >= 0; i--)
            {
                if (!arrangement[i])
                {
                    referenceSeen++;
                    if (referenceSeen == h)
                    {
                        break;
                    }
                }
                else
                {
                    k++;
                }
            }

            counts[k]++;
            total++;
        }

        for (var above = 0; above <= m; above++)
        {
            var lower = counts.Take(above + 1).Sum() / (double)total;
            var upper = counts.Skip(above).Sum() / (double)total;
            Assert.Equal(Math.Min(1, 2 * Math.Min(lower, upper)), OrderStatisticTests.MedianTest(m, n, above), 12);
        }
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(6, 3)]
    [InlineData(5, 2)]
    public void The_exceedance_test_matches_counting_every_arrangement(int m, int n)
    {
        var counts = new int[m + 1];
        var total = 0;
        foreach (var arrangement in Arrangements(m, n))
        {
            var below = arrangement.TakeWhile(x => x).Count();
            var above = arrangement.Reverse().TakeWhile(x => x).Count();
            counts[below + above]++;
            total++;
        }

        for (var outside = 0; outside <= m; outside++)
        {
            Assert.Equal(counts.Skip(outside).Sum() / (double)total, OrderStatisticTests.RangeTest(m, n, outside), 12);
        }
    }

    [Fact]
    public void Fifteen_runs_against_fifteen_reject_only_far_apart_samples()
    {
        // Half above the median and none outside the range: nothing to reject.
        Assert.Equal(1.0, OrderStatisticTests.RangeTest(15, 15, 0));
        Assert.True(OrderStatisticTests.MedianTest(15, 15, 7) > 0.5);

        // Every run above the published median, or most outside the published range: rejected.
        Assert.True(OrderStatisticTests.MedianTest(15, 15, 15) < 0.01);
        Assert.True(OrderStatisticTests.RangeTest(15, 15, 9) < 0.01);
    }
}
