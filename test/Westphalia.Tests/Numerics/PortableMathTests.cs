using System.Runtime.Intrinsics;
using CsCheck;
using Westphalia.Numerics;

namespace Westphalia.Tests.Numerics;

/// <summary>
/// The portable logarithm, exponential and sine/cosine: accurate against the C runtime's, and the same bits in one
/// lane and in 256- and 512-bit vector lanes (the vector forms are run even where the hardware emulates them).
/// </summary>
public class PortableMathTests
{
    /// <summary>Units in the last place between two finite doubles of the same sign.</summary>
    private static long Ulps(double a, double b) =>
        Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));

    private static void AssertWithinOneUlp(double expected, double actual, double input)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected) || expected == 0)
        {
            Assert.True(expected.Equals(actual) || (expected == 0 && actual == 0), $"x = {input:R}: {actual:R}, expected {expected:R}");
            return;
        }

        Assert.True(Ulps(expected, actual) <= 1, $"x = {input:R}: {actual:R}, expected {expected:R}");
    }

    /// <summary>Any positive finite double, subnormals included (uniform in the bits, so uniform in the exponent).</summary>
    private static readonly Gen<double> Positive = Gen.Long[1, 0x7FEFFFFFFFFFFFFFL].Select(BitConverter.Int64BitsToDouble);

    [Fact]
    public void Log_is_within_one_ulp_of_the_runtime_over_all_positive_doubles()
    {
        Positive.Sample(x => AssertWithinOneUlp(Math.Log(x), PortableMath.Log(x), x), iter: 200_000);
        Gen.Double[0.5, 2.0].Sample(x => AssertWithinOneUlp(Math.Log(x), PortableMath.Log(x), x), iter: 200_000);
        Gen.Double[1e-9, 1e7].Sample(x => AssertWithinOneUlp(Math.Log(x), PortableMath.Log(x), x), iter: 200_000);
    }

    [Fact]
    public void Log_of_special_values_is_the_runtimes()
    {
        double[] specials =
        [
            0, -0.0, -1, double.NegativeInfinity, double.PositiveInfinity, double.NaN, 1, 2, 0.5, Math.E, double.Epsilon,
            double.MaxValue, 2.2250738585072014e-308, 2.2250738585072009e-308, Math.Sqrt(2), 1 + 1e-16, 1 - 1e-16,
            BitConverter.Int64BitsToDouble(0x3FF6147A00000000L), BitConverter.Int64BitsToDouble(0x3FF6B851FFFFFFFFL),
        ];
        foreach (var x in specials)
        {
            AssertWithinOneUlp(Math.Log(x), PortableMath.Log(x), x);
        }

        Assert.Equal(0.0, PortableMath.Log(1.0));
    }

    [Fact]
    public void Exp_is_within_one_ulp_of_the_runtime_over_its_whole_range()
    {
        Gen.Double[-746, 710].Sample(x => AssertWithinOneUlp(Math.Exp(x), PortableMath.Exp(x), x), iter: 200_000);
        Gen.Double[-1, 1].Sample(x => AssertWithinOneUlp(Math.Exp(x), PortableMath.Exp(x), x), iter: 200_000);
        Gen.Double[-1e-10, 1e-10].Sample(x => AssertWithinOneUlp(Math.Exp(x), PortableMath.Exp(x), x), iter: 50_000);
    }

    [Fact]
    public void Exp_of_special_values_is_the_runtimes()
    {
        double[] specials =
        [
            0, -0.0, 1, -1, double.NegativeInfinity, double.PositiveInfinity, double.NaN, 709.782712893384, 709.7827128933841,
            -708.3964185322641, -745.1332191019411, -745.1332191019412, -744.44007192138122, 1e-300, -1e-300, 1000, -1000,
        ];
        foreach (var x in specials)
        {
            AssertWithinOneUlp(Math.Exp(x), PortableMath.Exp(x), x);
        }

        Assert.Equal(1.0, PortableMath.Exp(0.0));
    }

    [Fact]
    public void Sine_and_cosine_of_turns_are_within_1e_15_of_the_runtimes()
    {
        Gen.Double[0, 1].Sample(u =>
        {
            var (sin, cos) = PortableMath.SinCosTurns(new Scalar(u));
            var (expectedSin, expectedCos) = Math.SinCos(2 * Math.PI * u);
            Assert.True(Math.Abs(sin.Value - expectedSin) <= 1e-15, $"sin at u = {u:R}: {sin.Value:R}, expected {expectedSin:R}");
            Assert.True(Math.Abs(cos.Value - expectedCos) <= 1e-15, $"cos at u = {u:R}: {cos.Value:R}, expected {expectedCos:R}");
        }, iter: 200_000);

        foreach (var u in new[] { 0.0, 0.125, 0.25, 0.375, 0.5, 0.75, 1 - Math.Pow(2, -53) })
        {
            var (sin, cos) = PortableMath.SinCosTurns(new Scalar(u));
            var (expectedSin, expectedCos) = Math.SinCos(2 * Math.PI * u);
            Assert.Equal(expectedSin, sin.Value, 1e-15);
            Assert.Equal(expectedCos, cos.Value, 1e-15);
        }
    }

    private static readonly double[] Specials = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 1.0, -1.0];

    /// <summary>Any double: the bits uniformly or one of the special values.</summary>
    private static readonly Gen<double> AnyDouble = Gen.OneOf(
        Gen.Long.Select(BitConverter.Int64BitsToDouble),
        Gen.Double[-800, 800],
        Gen.Double[0, 1],
        Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]));


    /// <summary>f applied lane by lane in one lane, four and eight: the same bits.</summary>
    private static void AssertSameBitsInEveryWidth(Func<Scalar, Scalar> scalar, Func<Lanes256, Lanes256> narrow, Func<Lanes512, Lanes512> wide)
    {
        AnyDouble.Array[8].Sample(values =>
        {
            var expected = values.Select(v => BitConverter.DoubleToInt64Bits(scalar(new Scalar(v)).Value)).ToArray();
            var four = new double[8];
            narrow(new Lanes256(Vector256.Create(values.AsSpan(0, 4)))).Store(four);
            narrow(new Lanes256(Vector256.Create(values.AsSpan(4, 4)))).Store(four.AsSpan(4));
            var eight = new double[8];
            wide(new Lanes512(Vector512.Create(values))).Store(eight);
            Assert.Equal(expected, four.Select(BitConverter.DoubleToInt64Bits).ToArray());
            Assert.Equal(expected, eight.Select(BitConverter.DoubleToInt64Bits).ToArray());
        }, iter: 20_000);
    }

    [Fact]
    public void Log_gives_the_same_bits_in_every_width() =>
        AssertSameBitsInEveryWidth(PortableMath.Log, PortableMath.Log, PortableMath.Log);

    [Fact]
    public void Log_of_positive_normal_lanes_has_the_same_bits_beside_a_special_value_as_alone()
    {
        // Lanes that are all positive normal numbers skip the handling of special values; one special lane makes all take it.
        var normal = Gen.Long[0x0010000000000000L, 0x7FEFFFFFFFFFFFFFL].Select(BitConverter.Int64BitsToDouble);
        Gen.Select(normal.Array[8], Gen.Int[0, 7], Gen.Int[0, Specials.Length - 1]).Sample((values, lane, special) =>
        {
            var alone = new double[8];
            PortableMath.Log(new Lanes512(Vector512.Create(values))).Store(alone);
            var mixed = (double[])values.Clone();
            mixed[lane] = Specials[special];
            var beside = new double[8];
            PortableMath.Log(new Lanes512(Vector512.Create(mixed))).Store(beside);
            for (var i = 0; i < 8; i++)
            {
                var expected = i == lane ? PortableMath.Log(mixed[i]) : alone[i];
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(beside[i]));
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Exp_gives_the_same_bits_in_every_width() =>
        AssertSameBitsInEveryWidth(PortableMath.Exp, PortableMath.Exp, PortableMath.Exp);

    [Fact]
    public void Pow_gives_the_same_bits_in_every_width() =>
        AssertSameBitsInEveryWidth(
            x => PortableMath.Pow(x, Scalar.Create(-0.37)) + PortableMath.Pow(Scalar.Create(1.7), x),
            x => PortableMath.Pow(x, Lanes256.Create(-0.37)) + PortableMath.Pow(Lanes256.Create(1.7), x),
            x => PortableMath.Pow(x, Lanes512.Create(-0.37)) + PortableMath.Pow(Lanes512.Create(1.7), x));

    [Fact]
    public void Sine_and_cosine_give_the_same_bits_in_every_width()
    {
        AssertSameBitsInEveryWidth(x => PortableMath.SinCosTurns(x).Sin, x => PortableMath.SinCosTurns(x).Sin, x => PortableMath.SinCosTurns(x).Sin);
        AssertSameBitsInEveryWidth(x => PortableMath.SinCosTurns(x).Cos, x => PortableMath.SinCosTurns(x).Cos, x => PortableMath.SinCosTurns(x).Cos);
    }

    [Fact]
    public void Min_max_and_comparisons_treat_NaN_and_signed_zeros_alike_in_every_width()
    {
        AssertSameBitsInEveryWidth(x => Scalar.Min(x, Scalar.Create(-0.0)), x => Lanes256.Min(x, Lanes256.Create(-0.0)), x => Lanes512.Min(x, Lanes512.Create(-0.0)));
        AssertSameBitsInEveryWidth(x => Scalar.Max(x, Scalar.Create(0.0)), x => Lanes256.Max(x, Lanes256.Create(0.0)), x => Lanes512.Max(x, Lanes512.Create(0.0)));
        AssertSameBitsInEveryWidth(x => Scalar.Min(Scalar.Create(double.NaN), x), x => Lanes256.Min(Lanes256.Create(double.NaN), x), x => Lanes512.Min(Lanes512.Create(double.NaN), x));
        AssertSameBitsInEveryWidth(
            x => Scalar.Select(Scalar.LessThan(x, Scalar.Create(1)), x, Scalar.Sqrt(x)),
            x => Lanes256.Select(Lanes256.LessThan(x, Lanes256.Create(1)), x, Lanes256.Sqrt(x)),
            x => Lanes512.Select(Lanes512.LessThan(x, Lanes512.Create(1)), x, Lanes512.Sqrt(x)));
    }

    /// <summary>The cube root's error from the exact root, in units in the last place of the result (y³ − x exactly, by error-free products).</summary>
    private static double CbrtUlps(double x, double y)
    {
        var y2 = y * y;
        var e2 = Math.FusedMultiplyAdd(y, y, -y2);
        var y3 = y2 * y;
        var e3 = Math.FusedMultiplyAdd(y2, y, -y3);
        var residual = (y3 - x) + e3 + (e2 * y);
        return Math.Abs(residual / (3 * y2)) / (Math.BitIncrement(y) - y);
    }

    [Fact]
    public void Cbrt_is_within_one_ulp_of_the_exact_root_over_positive_normal_doubles()
    {
        var normal = Gen.Long[0x0010000000000000L, 0x7FEFFFFFFFFFFFFFL].Select(BitConverter.Int64BitsToDouble);
        normal.Sample(x => Assert.True(CbrtUlps(x, PortableMath.Cbrt(x)) < 1, $"x = {x:R}: {PortableMath.Cbrt(x):R}"), iter: 200_000);
        Gen.Double[1e-6, 1].Sample(x => Assert.True(CbrtUlps(x, PortableMath.Cbrt(x)) < 1, $"x = {x:R}: {PortableMath.Cbrt(x):R}"), iter: 200_000);
    }

    [Fact]
    public void Cbrt_of_a_whole_cube_is_exact_and_of_zero_is_zero()
    {
        for (var k = 1L; k < 208_000; k += 7)
        {
            Assert.Equal((double)k, PortableMath.Cbrt((double)(k * k * k)));
            Assert.Equal(Math.ScaleB(k, -300), PortableMath.Cbrt(Math.ScaleB(k * k * k, -900)));
        }

        Assert.Equal(0.0, PortableMath.Cbrt(0.0));
        // The runtime's root is three units off here; the portable one is the exact root rounded, 0.91153669904000171806….
        Assert.Equal(0.9115366990400017, PortableMath.Cbrt(0.7573950717958599));
    }

    [Fact]
    public void Cbrt_gives_the_same_bits_in_every_width() =>
        AssertSameBitsInEveryWidth(
            x => PortableMath.Cbrt(Scalar.Max(Scalar.And(x, Scalar.CreateBits(0x7FFFFFFFFFFFFFFFL)), Scalar.Create(2.2250738585072014e-308))),
            x => PortableMath.Cbrt(Lanes256.Max(Lanes256.And(x, Lanes256.CreateBits(0x7FFFFFFFFFFFFFFFL)), Lanes256.Create(2.2250738585072014e-308))),
            x => PortableMath.Cbrt(Lanes512.Max(Lanes512.And(x, Lanes512.CreateBits(0x7FFFFFFFFFFFFFFFL)), Lanes512.Create(2.2250738585072014e-308))));
}
