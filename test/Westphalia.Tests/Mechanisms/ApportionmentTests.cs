using CsCheck;
using Westphalia.Mechanisms;

namespace Westphalia.Tests.Mechanisms;

public class ApportionmentTests
{
    [Fact]
    public void Parts_sum_exactly_to_the_total_and_follow_the_weights()
    {
        Gen.Select(Gen.Long[0, 10_000_000_000_000], Gen.Double[0, 1].Array[1, 12]).Sample((total, weights) =>
        {
            if (weights.Sum() <= 0)
            {
                weights[0] = 1;
            }

            var parts = new long[weights.Length];
            Apportionment.Split(total, weights, parts, new double[weights.Length]);
            Assert.Equal(total, parts.Sum());
            var sum = weights.Sum();
            for (var i = 0; i < weights.Length; i++)
            {
                Assert.True(parts[i] >= 0);
                Assert.True(Math.Abs(parts[i] - (total * weights[i] / sum)) <= 1.0 + (total * 1e-15), $"part {i}");
            }
        }, iter: 2000);
    }

    [Fact]
    public void A_zero_weight_gets_nothing()
    {
        var parts = new long[3];
        Apportionment.Split(10, [1, 0, 1], parts, new double[3]);
        Assert.Equal([5, 0, 5], parts);
    }
}
