using System.Runtime.Intrinsics;
using CsCheck;
using Westphalia.Numerics;
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

    [Fact]
    public void The_block_in_vector_lanes_is_the_scalar_block_lane_by_lane()
    {
        Gen.Select(Gen.ULong, Gen.Int, Gen.UInt, Gen.Int, Gen.UInt).Sample((seed, tick, stream, entity, index) =>
        {
            var rng = new CounterRng(seed);
            var expected = Enumerable.Range(0, 8).Select(i => rng.Block(tick, (RngStream)stream, unchecked(entity + i), index)).ToArray();
            var (a, b, c, d) = rng.Block(tick, (RngStream)stream, Lanes512.Sequence(entity), index);
            var (a4, b4, c4, d4) = rng.Block(tick, (RngStream)stream, Lanes256.Sequence(entity), index);
            for (var i = 0; i < 8; i++)
            {
                var (sa, sb, sc, sd) = rng.Block(tick, (RngStream)stream, Scalar.Sequence(unchecked(entity + i)), index);
                var words = new[] { sa, sb, sc, sd }.Select(w => (uint)BitConverter.DoubleToInt64Bits(w.Value)).ToArray();
                Assert.Equal(new[] { expected[i].A, expected[i].B, expected[i].C, expected[i].D }, words);
                var lanes = new[] { a, b, c, d }.Select(w => BitConverter.DoubleToInt64Bits(w.Value.GetElement(i))).ToArray();
                Assert.Equal(words.Select(w => (long)w).ToArray(), lanes);
                if (i < 4)
                {
                    var narrow = new[] { a4, b4, c4, d4 }.Select(w => BitConverter.DoubleToInt64Bits(w.Value.GetElement(i))).ToArray();
                    Assert.Equal(words.Select(w => (long)w).ToArray(), narrow);
                }
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Paired_normals_in_bulk_are_the_one_at_a_time_draws()
    {
        Gen.Select(Gen.ULong, Gen.Int[0, 1000], Gen.Int[0, 200]).Sample((seed, first, length) =>
        {
            var rng = new CounterRng(seed);
            var bulk = new double[length];
            rng.PairedNormals(3, RngStream.Economy, first, bulk);
            for (var i = 0; i < length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(rng.PairedNormal(3, RngStream.Economy, first + i)), BitConverter.DoubleToInt64Bits(bulk[i]));
            }
        }, iter: 500);
    }

    [Fact]
    public void Paired_normals_are_the_two_Box_Muller_deviates_of_one_counter()
    {
        // Entities 16b + j and 16b + 8 + j share pair 8b + j: their squares sum to −2 ln(1 − U1) of that counter.
        var rng = new CounterRng(5);
        foreach (var (entity, pair) in new[] { (0, 0), (7, 7), (16, 8), (37, 21) })
        {
            var first = rng.PairedNormal(2, RngStream.Economy, entity);
            var second = rng.PairedNormal(2, RngStream.Economy, entity + 8);
            var (z0, z1) = rng.Normal2(2, RngStream.Economy, pair);
            Assert.Equal(z0, first, 1e-12);
            Assert.Equal(z1, second, 1e-12);
        }
    }

    [Fact]
    public void Paired_normals_have_the_moments_of_a_standard_normal_and_paired_entities_are_uncorrelated()
    {
        // 400,000 draws: sd of the mean 0.0016, of the variance 0.0022, of the fourth moment about 0.015, of a correlation 0.0022.
        var rng = new CounterRng(13);
        const int n = 400_000;
        var z = new double[n];
        rng.PairedNormals(12, RngStream.Economy, 0, z);
        double sum = 0, sumSq = 0, sumFourth = 0, paired = 0, pairedSquares = 0, neighbours = 0;
        var pairs = 0;
        for (var i = 0; i < n; i++)
        {
            sum += z[i];
            sumSq += z[i] * z[i];
            sumFourth += z[i] * z[i] * z[i] * z[i];
            if ((i & 8) == 0 && i + 8 < n)
            {
                paired += z[i] * z[i + 8];
                pairedSquares += ((z[i] * z[i]) - 1) * ((z[i + 8] * z[i + 8]) - 1);
                pairs++;
            }

            if (i + 1 < n)
            {
                neighbours += z[i] * z[i + 1];
            }
        }

        Assert.InRange(sum / n, -0.008, 0.008);
        Assert.InRange(sumSq / n, 0.99, 1.01);
        Assert.InRange(sumFourth / n, 2.92, 3.08);
        Assert.InRange(paired / pairs, -0.015, 0.015);
        Assert.InRange(pairedSquares / pairs / 2, -0.02, 0.02);
        Assert.InRange(neighbours / (n - 1), -0.01, 0.01);

        // Normality in the tails: the share beyond 1.96 is 5%, beyond 3 it is 0.27%.
        Assert.InRange(z.Count(x => Math.Abs(x) > 1.96) / (double)n, 0.048, 0.052);
        Assert.InRange(z.Count(x => Math.Abs(x) > 3) / (double)n, 0.0023, 0.0031);
    }
}
