using CsCheck;
using Westphalia.Conflict;

namespace Westphalia.Tests.Conflict;

public class RichardsonSystemTests
{
    // (k, l, a, b, g, h) with a·b > k·l.
    public static TheoryData<double, double, double, double, double, double> StableSets => new()
    {
        { 0.9, 0.7, 2.0, 1.5, 1.0, 0.5 },
        { 0.3, 0.4, 0.5, 0.6, 0.2, -0.1 },
        { 0.05, 0.08, 0.1, 0.2, 1.0, 2.0 },
        { 1.0, 0.2, 0.5, 0.5, -0.3, 0.4 },
        { 0.0, 0.0, 0.3, 0.7, 0.5, 0.5 },
        { 0.99, 0.99, 1.0, 1.0, 0.1, 0.1 },
    };

    // (k, l, a, b, g, h) with a·b < k·l.
    public static TheoryData<double, double, double, double, double, double> UnstableSets => new()
    {
        { 1.0, 1.0, 0.5, 0.5, 0.1, 0.1 },
        { 0.6, 0.4, 0.2, 0.3, 0.0, 0.2 },
        { 2.0, 0.5, 0.9, 1.0, 1.0, -0.5 },
        { 0.3, 0.3, 0.0, 0.0, 0.0, 0.0 },
        { 0.11, 0.1, 0.1, 0.1, 0.05, 0.05 },
    };

    [Fact]
    public void The_equilibrium_matches_the_closed_form()
    {
        var system = new RichardsonSystem(K: 0.9, L: 0.7, A: 2.0, B: 1.5, G: 1.0, H: 0.5);
        var (x, y) = system.Equilibrium;
        // det = 2·1.5 − 0.9·0.7 = 2.37; x* = (1.5·1 + 0.9·0.5)/2.37, y* = (2·0.5 + 0.7·1)/2.37.
        Assert.Equal(1.95 / 2.37, x, 1e-15);
        Assert.Equal(1.70 / 2.37, y, 1e-15);
        Assert.Equal(2.37, system.Determinant, 1e-15);
    }

    [Fact]
    public void The_rates_vanish_at_the_equilibrium_for_any_nonsingular_system()
    {
        Gen.Select(Gen.Double[-2, 2], Gen.Double[-2, 2], Gen.Double[0, 2], Gen.Double[0, 2], Gen.Double[-2, 2], Gen.Double[-2, 2])
            .Sample((k, l, a, b, g, h) =>
            {
                var system = new RichardsonSystem(k, l, a, b, g, h);
                if (Math.Abs(system.Determinant) < 1e-3)
                {
                    return;
                }

                var (x, y) = system.Equilibrium;
                var (dx, dy) = system.Rates(x, y);
                var scale = 1 + (Math.Abs(x) + Math.Abs(y)) * 4;
                Assert.True(Math.Abs(dx) < 1e-12 * scale && Math.Abs(dy) < 1e-12 * scale, $"residual ({dx}, {dy})");
            }, iter: 2000);
    }

    [Theory]
    [InlineData(1.0, 1.0, 1.0, 1.0)]
    [InlineData(0.03, 1.0, 0.1, 0.3)]
    [InlineData(0.0, 0.0, 0.0, 0.0)]
    [InlineData(2.0, 0.0, 0.0, 5.0)]
    public void The_equilibrium_is_undefined_when_a_b_equals_k_l(double k, double l, double a, double b)
    {
        var system = new RichardsonSystem(k, l, a, b, 1, 1);
        Assert.False(system.HasEquilibrium);
        Assert.False(system.TryGetEquilibrium(out _, out _));
        Assert.Throws<InvalidOperationException>(() => system.Equilibrium);
        Assert.False(system.IsStable);
    }

    [Fact]
    public void Stability_is_richardsons_condition_and_agrees_with_the_eigenvalues()
    {
        Gen.Select(Gen.Double[-1, 2], Gen.Double[-1, 2], Gen.Double[0, 2], Gen.Double[0, 2]).Sample((k, l, a, b) =>
        {
            var system = new RichardsonSystem(k, l, a, b, 0, 0);
            var (dominant, other) = Eigenvalues(k, l, a, b);
            Assert.Equal(system.Trace, (dominant + other).Real, 1e-12);
            Assert.Equal(system.Determinant, (dominant * other).Real, 1e-12);
            Assert.True(dominant.Real >= other.Real);
            if (Math.Abs(system.Determinant) > 1e-9 && a + b > 1e-9)
            {
                Assert.Equal(a * b > k * l, system.IsStable);
                Assert.Equal(dominant.Real < 0, system.IsStable);
            }
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(StableSets))]
    public void The_monthly_euler_race_converges_to_the_same_equilibrium(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        var (xs, ys) = system.Equilibrium;
        double x = 50, y = 0;
        for (var month = 0; month < 60_000; month++)
        {
            (x, y) = system.StepEuler(x, y, 1.0 / 12);
        }

        Assert.Equal(xs, x, 1e-9);
        Assert.Equal(ys, y, 1e-9);
    }

    [Theory]
    [MemberData(nameof(UnstableSets))]
    public void An_unstable_race_also_runs_away_under_monthly_euler_steps(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        Assert.False(system.IsStable);

        // Long enough for the dominant mode to grow by e³⁰.
        var months = (int)Math.Ceiling(12 * 30 / Eigenvalues(k, l, a, b).Dominant.Real);
        double x = 1, y = 1;
        for (var month = 0; month < months; month++)
        {
            (x, y) = system.StepEuler(x, y, 1.0 / 12);
        }

        Assert.True(x > 1e6 && y > 1e6, $"({x}, {y})");
    }

    [Fact]
    public void Euler_step_is_richardsons_difference_equation_and_keeps_the_equilibrium_fixed()
    {
        var system = new RichardsonSystem(0.9, 0.7, 2.0, 1.5, 1.0, 0.5);
        var (x, y) = system.StepEuler(2, 3, 0.1);
        Assert.Equal(2 + (0.1 * ((0.9 * 3) - (2.0 * 2) + 1.0)), x, 1e-15);
        Assert.Equal(3 + (0.1 * ((0.7 * 2) - (1.5 * 3) + 0.5)), y, 1e-15);

        var (xs, ys) = system.Equilibrium;
        var (xe, ye) = system.StepEuler(xs, ys, 0.37);
        Assert.Equal(xs, xe, 1e-14);
        Assert.Equal(ys, ye, 1e-14);
    }

    [Fact]
    public void Coefficients_and_steps_must_be_finite()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RichardsonSystem(double.NaN, 0, 0, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RichardsonSystem(0, 0, 0, 0, 0, 0) with { H = double.PositiveInfinity });
        var system = new RichardsonSystem(1, 1, 1, 1, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => system.StepEuler(0, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => system.StepEuler(0, 0, double.NaN));
    }

    /// <summary>The eigenvalues of J = [[−a, k], [l, −b]]: −(a + b)/2 ± √(((a − b)/2)² + k·l), the larger first.</summary>
    private static (System.Numerics.Complex Dominant, System.Numerics.Complex Other) Eigenvalues(double k, double l, double a, double b)
    {
        var root = System.Numerics.Complex.Sqrt((((a - b) / 2) * ((a - b) / 2)) + (k * l));
        var mean = -(a + b) / 2;
        return (mean + root, mean - root);
    }
}
