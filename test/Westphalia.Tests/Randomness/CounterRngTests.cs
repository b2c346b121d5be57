using Westphalia.Randomness;

namespace Westphalia.Tests.Randomness;

public class CounterRngTests
{
    [Fact]
    public void The_same_counter_gives_the_same_number_and_a_different_one_gives_another()
    {
        var a = new CounterRng(42);
        var b = new CounterRng(42);
        Assert.Equal(a.Uniform(5, RngStream.Economy, 17), b.Uniform(5, RngStream.Economy, 17));
        Assert.NotEqual(a.Uniform(5, RngStream.Economy, 17), a.Uniform(5, RngStream.Economy, 18));
        Assert.NotEqual(a.Uniform(5, RngStream.Economy, 17), a.Uniform(6, RngStream.Economy, 17));
        Assert.NotEqual(a.Uniform(5, RngStream.Economy, 17), a.Uniform(5, RngStream.Demography, 17));
        Assert.NotEqual(a.Uniform(5, RngStream.Economy, 17), new CounterRng(43).Uniform(5, RngStream.Economy, 17));
    }

    [Fact]
    public void Philox4x32_10_matches_the_Random123_known_answer()
    {
        // Known answers from Random123's kat_vectors for philox4x32 with 10 rounds. The counter words are
        // (tick, entity, stream, index) and the key words the low and high halves of the seed.
        Assert.Equal((0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u), new CounterRng(0).Block(0, 0, 0, 0));
        var pi = new CounterRng(0x299f31d0a4093822UL).Block(unchecked((int)0x243f6a88), (RngStream)0x13198a2e, unchecked((int)0x85a308d3), 0x03707344);
        Assert.Equal((0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u), pi);
    }

    [Fact]
    public void Uniform_draws_have_the_moments_of_the_unit_interval()
    {
        // 200,000 draws: the mean of U(0,1) is 1/2 (sd of the mean 0.00065) and the variance 1/12.
        var rng = new CounterRng(7);
        const int n = 200_000;
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            var u = rng.Uniform(i / 1000, RngStream.Economy, i % 1000);
            Assert.InRange(u, 0.0, 1.0 - 1e-17);
            sum += u;
            sumSq += u * u;
        }

        var mean = sum / n;
        Assert.InRange(mean, 0.497, 0.503);
        Assert.InRange((sumSq / n) - (mean * mean), 1 / 12.0 - 0.002, 1 / 12.0 + 0.002);
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_variance()
    {
        var rng = new CounterRng(11);
        const int n = 100_000;
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            var z = rng.Normal(1, RngStream.Economy, i);
            sum += z;
            sumSq += z * z;
        }

        Assert.InRange(sum / n, -0.015, 0.015);
        Assert.InRange(sumSq / n, 0.98, 1.02);
    }
}
