using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>The Hurwitz zeta function against 20-digit reference values from mpmath 1.3 (mpmath.zeta(s, a)).</summary>
public class HurwitzZetaTests
{
    [Theory]
    [InlineData(2.0, 1.0, 1.6449340668482264365)] // π²/6
    [InlineData(2.0, 0.5, 4.9348022005446793094)] // π²/2
    [InlineData(6.0, 1.0, 1.0173430619844491397)] // π⁶/945
    [InlineData(1.5, 1.0, 2.6123753486854883433)]
    [InlineData(2.5, 5.0, 0.069310532044321880378)]
    [InlineData(5.9, 1.3, 0.22117020754430712745)]
    [InlineData(1.01, 7.0, 98.14463369609563714)]
    [InlineData(1.0001, 1.0, 10000.57722294753897)]
    [InlineData(3.0, 100.0, 0.0000505024999166749985)]
    [InlineData(4.0, 12.5, 0.00019223546748556752432)]
    [InlineData(1.7, 1e6, 0.000090136795045046687797)]
    public void Matches_reference_values_to_twelve_significant_digits(double s, double a, double expected)
    {
        var actual = HurwitzZeta.Evaluate(s, a);
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"ζ({s}, {a}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void Shifting_the_argument_by_one_removes_the_first_term()
    {
        // ζ(s, a) = a^−s + ζ(s, a + 1), across the switch from direct summation to the asymptotic remainder.
        for (var s = 1.1; s <= 6.0; s += 0.7)
        {
            for (var a = 0.3; a < 30.0; a += 1.7)
            {
                var lhs = HurwitzZeta.Evaluate(s, a);
                var rhs = Math.Pow(a, -s) + HurwitzZeta.Evaluate(s, a + 1.0);
                Assert.True(Math.Abs(lhs - rhs) <= 1e-13 * lhs, $"s = {s}, a = {a}: {lhs:R} vs {rhs:R}");
            }
        }
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(double.NaN, 1.0)]
    public void Arguments_outside_the_domain_are_refused(double s, double a) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HurwitzZeta.Evaluate(s, a));
}
