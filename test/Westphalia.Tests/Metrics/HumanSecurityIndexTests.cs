using System.Runtime.Intrinsics;
using CsCheck;
using Westphalia.Metrics;
using Westphalia.Numerics;
using Westphalia.Parameters;

namespace Westphalia.Tests.Metrics;

public class HumanSecurityIndexTests
{
    private readonly HumanSecurityIndex _index = new(new HumanSecurityParameters());

    [Fact]
    public void Income_index_uses_the_HDI_goalposts_on_a_log_scale()
    {
        Assert.Equal(0, _index.IncomeIndex(100), 12);
        Assert.Equal(1, _index.IncomeIndex(75_000), 12);
        Assert.Equal(1, _index.IncomeIndex(200_000), 12);
        Assert.Equal(0, _index.IncomeIndex(50), 12);
        // (ln 10,000 − ln 100) / (ln 75,000 − ln 100) = 4.60517 / 6.62007 = 0.69564.
        Assert.Equal(0.69564, _index.IncomeIndex(10_000), 5);
    }

    [Fact]
    public void Health_index_uses_the_HDI_goalposts()
    {
        Assert.Equal(0, _index.HealthIndex(20), 12);
        Assert.Equal(1, _index.HealthIndex(85), 12);
        Assert.Equal(0.5, _index.HealthIndex(52.5), 12);
    }

    [Fact]
    public void Violence_index_falls_from_one_at_no_violence_to_zero_at_the_maximum()
    {
        Assert.Equal(1, _index.ViolenceIndex(0), 12);
        Assert.Equal(0, _index.ViolenceIndex(500), 12);
        Assert.True(_index.ViolenceIndex(5) > _index.ViolenceIndex(50));
    }

    [Fact]
    public void The_index_is_a_geometric_mean_of_the_pillars()
    {
        var want = _index.Want(0.8, 0.6, 0.9);
        Assert.Equal(Math.Cbrt(0.8 * 0.6 * 0.9), want, 12);
        var fear = _index.Fear(0.7, 1.0);
        Assert.Equal(Math.Sqrt(0.7), fear, 12);
        Assert.Equal(Math.Sqrt(want * fear), _index.Combine(want, fear), 12);
        // A geometric mean punishes imbalance: the same arithmetic mean, unequal pillars, a lower index.
        Assert.True(_index.Combine(0.9, 0.5) < _index.Combine(0.7, 0.7));
    }

    [Fact]
    public void A_zero_dimension_is_floored_rather_than_erasing_the_rest()
    {
        Assert.Equal(Math.Cbrt(0.01 * 0.5 * 0.5), _index.Want(0, 0.5, 0.5), 12);
    }

    [Fact]
    public void The_one_value_methods_are_the_lane_kernel_in_one_lane()
    {
        var s = _index.Score(new Scalar(60), new Scalar(0.8), new Scalar(5_000), new Scalar(12), new Scalar(0.05));
        Assert.Equal(_index.IncomeIndex(5_000), s.IncomeIndex.Value);
        Assert.Equal(_index.HealthIndex(60), s.HealthIndex.Value);
        Assert.Equal(HumanSecurityIndex.FoodIndex(0.8), s.FoodIndex.Value);
        Assert.Equal(_index.ViolenceIndex(12), s.ViolenceIndex.Value);
        Assert.Equal(HumanSecurityIndex.DisplacementIndex(0.05), s.DisplacementIndex.Value);
        Assert.Equal(_index.Want(s.IncomeIndex.Value, s.HealthIndex.Value, s.FoodIndex.Value), s.FreedomFromWant.Value);
        Assert.Equal(_index.Fear(s.ViolenceIndex.Value, s.DisplacementIndex.Value), s.FreedomFromFear.Value);
        Assert.Equal(_index.Combine(s.FreedomFromWant.Value, s.FreedomFromFear.Value), s.Index.Value);
        Assert.Equal(0, HumanSecurityIndex.FoodIndex(double.NaN));
    }

    /// <summary>Region inputs: ordinary values, extremes, zeros and NaN.</summary>
    private static readonly Gen<double> Input = Gen.OneOf(
        Gen.Double[-10, 100], Gen.Double[0, 1], Gen.Double[0, 200_000], Gen.Double[0, 1_000],
        Gen.Int[0, 4].Select(i => new[] { 0.0, -0.0, double.NaN, 1e-300, 1e300 }[i]));

    [Fact]
    public void Scores_are_the_same_bits_in_one_four_and_eight_lanes()
    {
        Input.Array[5, 5].Array[8].Sample(rows =>
        {
            double[] Column(int c) => [.. rows.Select(r => r[c])];
            var expected = new double[8][];
            for (var i = 0; i < 8; i++)
            {
                var r = rows[i];
                var s = _index.Score(new Scalar(r[0]), new Scalar(r[1]), new Scalar(r[2]), new Scalar(r[3]), new Scalar(r[4]));
                expected[i] = Fields(s).Select(f => f.Value).ToArray();
            }

            var wide = _index.Score(Lane512(Column(0)), Lane512(Column(1)), Lane512(Column(2)), Lane512(Column(3)), Lane512(Column(4)));
            var low = _index.Score(Lane256(Column(0), 0), Lane256(Column(1), 0), Lane256(Column(2), 0), Lane256(Column(3), 0), Lane256(Column(4), 0));
            var high = _index.Score(Lane256(Column(0), 4), Lane256(Column(1), 4), Lane256(Column(2), 4), Lane256(Column(3), 4), Lane256(Column(4), 4));
            var wideFields = Fields(wide);
            var lowFields = Fields(low);
            var highFields = Fields(high);
            for (var f = 0; f < 8; f++)
            {
                for (var i = 0; i < 8; i++)
                {
                    var bits = BitConverter.DoubleToInt64Bits(expected[i][f]);
                    Assert.Equal(bits, BitConverter.DoubleToInt64Bits(wideFields[f].Value[i]));
                    Assert.Equal(bits, BitConverter.DoubleToInt64Bits((i < 4 ? lowFields[f] : highFields[f]).Value[i % 4]));
                }
            }
        }, iter: 5_000);
    }

    private static Lanes512 Lane512(double[] values) => new(Vector512.Create(values));

    private static Lanes256 Lane256(double[] values, int first) => new(Vector256.Create(values.AsSpan(first, 4)));

    private static T[] Fields<T>(HumanSecurityLanes<T> s)
        where T : struct, ILanes<T> =>
        [s.IncomeIndex, s.HealthIndex, s.FoodIndex, s.ViolenceIndex, s.DisplacementIndex, s.FreedomFromWant, s.FreedomFromFear, s.Index];
}
