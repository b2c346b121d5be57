using CsCheck;
using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

public class LatinHypercubeTests
{
    [Fact]
    public void Each_stratum_of_each_dimension_holds_exactly_one_sample()
    {
        Gen.Select(Gen.Int[1, 200], Gen.Int[0, 6], Gen.ULong).Sample((samples, dimensions, seed) =>
        {
            var points = LatinHypercube.Sample(samples, dimensions, seed);
            Assert.Equal(samples, points.Length);
            for (var d = 0; d < dimensions; d++)
            {
                Assert.All(points, p => Assert.InRange(p[d], 0.0, Math.BitDecrement(1.0)));
                Assert.Equal(Enumerable.Range(0, samples), points.Select(p => (int)(p[d] * samples)).Order());
            }
        }, iter: 200);
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_another()
    {
        var a = LatinHypercube.Sample(50, 3, 42);
        Assert.Equal(a, LatinHypercube.Sample(50, 3, 42));
        Assert.NotEqual(a.Select(p => p[0]), LatinHypercube.Sample(50, 3, 43).Select(p => p[0]));
    }

    [Fact]
    public void Dimensions_are_permuted_independently()
    {
        var points = LatinHypercube.Sample(100, 2, 1);
        var first = points.Select(p => (int)(p[0] * 100)).ToArray();
        var second = points.Select(p => (int)(p[1] * 100)).ToArray();
        Assert.NotEqual(first, second);
        Assert.NotEqual(Enumerable.Range(0, 100), first);
    }
}
