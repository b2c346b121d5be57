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
            var (dominant, other) = system.Eigenvalues;
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
    public void A_stable_race_converges_to_the_equilibrium_over_a_long_horizon(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        Assert.True(system.IsStable);
        var (xs, ys) = system.Equilibrium;
        double[][] starts = [[0, 0], [10, 0], [0, 25], [100, 100], [-5, 3]];
        foreach (var start in starts)
        {
            // One exact jump of 5,000 years, and 60,000 exact monthly steps.
            var (x1, y1) = system.StepExact(start[0], start[1], 5000);
            Assert.Equal(xs, x1, 1e-9);
            Assert.Equal(ys, y1, 1e-9);

            double x = start[0], y = start[1];
            for (var month = 0; month < 60_000; month++)
            {
                (x, y) = system.StepExact(x, y, 1.0 / 12);
            }

            Assert.Equal(xs, x, 1e-9);
            Assert.Equal(ys, y, 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(StableSets))]
    public void The_monthly_euler_race_converges_to_the_same_equilibrium(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        Assert.True(system.IsEulerStable(1.0 / 12));
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
    public void An_unstable_race_grows_without_bound_at_the_dominant_rate(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        Assert.False(system.IsStable);
        var growth = system.Eigenvalues.Dominant.Real;
        Assert.True(growth > 0);

        // From positive arms, with positive defence coefficients, the race runs away upward.
        var previous = 1.0;
        var horizons = new[] { 50.0, 100.0, 200.0, 400.0 };
        var logs = new double[horizons.Length];
        for (var n = 0; n < horizons.Length; n++)
        {
            var (x, y) = system.StepExact(1, 1, horizons[n] * 0.5 / growth);
            Assert.True(x > previous && y > 0, $"x({horizons[n]}) = {x}");
            previous = x;
            logs[n] = Math.Log(x);
        }

        Assert.True(previous > 1e80);
        // ln x grows at the dominant eigenvalue: between the last two horizons the slope is within 10⁻⁹ of it.
        var slope = (logs[3] - logs[2]) / ((horizons[3] - horizons[2]) * 0.5 / growth);
        Assert.Equal(growth, slope, 1e-9 * growth);
    }

    [Theory]
    [MemberData(nameof(UnstableSets))]
    public void An_unstable_race_also_runs_away_under_monthly_euler_steps(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        Assert.False(system.IsEulerStable(1.0 / 12));
        Assert.Equal(0, system.MaxStableEulerStep);

        // Long enough for the dominant mode to grow by e³⁰.
        var months = (int)Math.Ceiling(12 * 30 / system.Eigenvalues.Dominant.Real);
        double x = 1, y = 1;
        for (var month = 0; month < months; month++)
        {
            (x, y) = system.StepEuler(x, y, 1.0 / 12);
        }

        Assert.True(x > 1e6 && y > 1e6, $"({x}, {y})");
    }

    // (k, l, a, b, g, h, t): stable, unstable, oscillating (k·l < 0), singular (a·b = k·l), and nil coefficients,
    // each in the series, det and eigen branches of the exact step.
    public static TheoryData<double, double, double, double, double, double, double> ExactCases => new()
    {
        { 0.9, 0.7, 2.0, 1.5, 1.0, 0.5, 1.0 },
        { 0.9, 0.7, 2.0, 1.5, 1.0, 0.5, 0.01 },
        { 1.0, 1.0, 0.5, 0.5, 0.1, 0.1, 3.0 },
        { 2.0, -1.5, 0.3, 0.2, 0.5, -0.5, 4.0 },
        { 0.5, -0.5, 0.01, 0.02, 1.0, 0.0, 2.0 },
        { 1.0, 1.0, 1.0, 1.0, 0.3, -0.2, 2.5 },
        { 0.0, 0.0, 0.0, 0.0, 0.7, -0.4, 2.0 },
        { 0.0, 0.0, 3.0, 0.001, 0.2, 0.1, 1.5 },
        { 0.01, 0.02, 1.5, 1.4, 0.2, 0.3, 2.0 },
        { 0.0, 0.5, 0.0, 0.0, 1.0, 1.0, 3.0 },
    };

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void The_exact_step_agrees_with_fine_step_euler(double k, double l, double a, double b, double g, double h, double t)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        var (xe, ye) = system.StepExact(2, 3, t);

        // Euler's global error is O(dt): it must be small at a fine step and halve when the step halves.
        var errors = new double[2];
        for (var r = 0; r < 2; r++)
        {
            var steps = (int)Math.Max(2_000, 100_000 * t) << r;
            var dt = t / steps;
            double x = 2, y = 3;
            for (var n = 0; n < steps; n++)
            {
                (x, y) = system.StepEuler(x, y, dt);
            }

            var scale = 1 + Math.Abs(xe) + Math.Abs(ye);
            errors[r] = Math.Max(Math.Abs(x - xe), Math.Abs(y - ye)) / scale;
        }

        Assert.True(errors[0] < 1e-4, $"relative error {errors[0]}");
        if (errors[0] > 1e-9)
        {
            Assert.InRange(errors[0] / errors[1], 1.9, 2.1);
        }
    }

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void The_exact_step_agrees_with_a_fine_runge_kutta_reference_to_rounding(double k, double l, double a, double b, double g, double h, double t)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        var (xe, ye) = system.StepExact(2, 3, t);
        var (xr, yr) = RungeKutta(system, 2, 3, t, 20_000);
        var scale = 1 + Math.Abs(xr) + Math.Abs(yr);
        Assert.True(Math.Abs(xe - xr) < 1e-11 * scale && Math.Abs(ye - yr) < 1e-11 * scale, $"({xe}, {ye}) vs ({xr}, {yr})");
    }

    [Fact]
    public void The_exact_step_matches_rk4_for_random_coefficients_and_steps()
    {
        Gen.Select(Gen.Double[-2, 2], Gen.Double[-2, 2], Gen.Double[0, 2], Gen.Double[0, 2], Gen.Double[-2, 2], Gen.Double[-2, 2], Gen.Double[0.001, 3])
            .Sample((k, l, a, b, g, h, t) =>
            {
                var system = new RichardsonSystem(k, l, a, b, g, h);
                var (xe, ye) = system.StepExact(1, -0.5, t);
                var (xr, yr) = RungeKutta(system, 1, -0.5, t, 10_000);
                var scale = 1 + Math.Abs(xr) + Math.Abs(yr);
                Assert.True(Math.Abs(xe - xr) < 1e-10 * scale && Math.Abs(ye - yr) < 1e-10 * scale, $"({xe}, {ye}) vs ({xr}, {yr})");
            }, iter: 300);
    }

    [Fact]
    public void Exact_steps_compose_so_two_half_steps_equal_one_whole_step()
    {
        Gen.Select(Gen.Double[-2, 2], Gen.Double[-2, 2], Gen.Double[0, 2], Gen.Double[0, 2], Gen.Double[-2, 2], Gen.Double[-2, 2], Gen.Double[0, 20])
            .Sample((k, l, a, b, g, h, t) =>
            {
                var system = new RichardsonSystem(k, l, a, b, g, h);
                var (x1, y1) = system.StepExact(1, 2, t);
                var (xm, ym) = system.StepExact(1, 2, 0.5 * t);
                var (x2, y2) = system.StepExact(xm, ym, 0.5 * t);
                var scale = 1 + Math.Abs(x1) + Math.Abs(y1);
                Assert.True(Math.Abs(x1 - x2) < 1e-11 * scale && Math.Abs(y1 - y2) < 1e-11 * scale, $"({x1}, {y1}) vs ({x2}, {y2})");
            }, iter: 3000);
    }

    [Fact]
    public void The_exact_step_reproduces_known_solutions_of_singular_systems()
    {
        // a = b = k = l = 0: x = x₀ + g·t, y = y₀ + h·t.
        var free = new RichardsonSystem(0, 0, 0, 0, 0.7, -0.4);
        var (xf, yf) = free.StepExact(2, 3, 5);
        Assert.Equal(2 + (0.7 * 5), xf, 1e-14);
        Assert.Equal(3 - (0.4 * 5), yf, 1e-14);

        // a = b = k = l = 1: x + y grows by (g + h)·t, x − y relaxes to (g − h)/2 at rate 2.
        var balanced = new RichardsonSystem(1, 1, 1, 1, 0.3, -0.2);
        const double t = 2.5;
        var (x, y) = balanced.StepExact(2, 3, t);
        var sum = 5 + (0.1 * t);
        var difference = 0.25 + ((-1 - 0.25) * Math.Exp(-2 * t));
        Assert.Equal(0.5 * (sum + difference), x, 1e-14);
        Assert.Equal(0.5 * (sum - difference), y, 1e-14);
    }

    [Fact]
    public void The_exact_step_matches_the_equilibrium_form_for_a_stable_system()
    {
        // x decoupled from y (k = 0): x(t) = x* + (x₀ − x*)·e^{−a t}.
        var system = new RichardsonSystem(0, 0.4, 0.8, 1.3, 0.5, 0.2);
        var (xs, _) = system.Equilibrium;
        var (x, _) = system.StepExact(3, 1, 1.7);
        Assert.Equal(xs + ((3 - xs) * Math.Exp(-0.8 * 1.7)), x, 1e-14);
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

    [Theory]
    [MemberData(nameof(StableSets))]
    public void Euler_is_stable_below_the_documented_step_and_unstable_above_it(double k, double l, double a, double b, double g, double h)
    {
        var system = new RichardsonSystem(k, l, a, b, g, h);
        var limit = system.MaxStableEulerStep;
        Assert.True(limit > 0);
        Assert.True(system.IsEulerStable(0.99 * limit));
        Assert.False(system.IsEulerStable(1.01 * limit));

        var (xs, ys) = system.Equilibrium;
        Assert.True(Distance(system, 0.99 * limit, xs, ys) < 1e-3, "below the limit the map converges");
        Assert.True(Distance(system, 1.05 * limit, xs, ys) > 1e3, "above it the map diverges");
    }

    [Fact]
    public void Coefficients_and_steps_must_be_finite()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RichardsonSystem(double.NaN, 0, 0, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RichardsonSystem(0, 0, 0, 0, 0, 0) with { H = double.PositiveInfinity });
        var system = new RichardsonSystem(1, 1, 1, 1, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => system.StepExact(0, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => system.StepEuler(0, 0, double.NaN));
    }

    /// <summary>Distance from the equilibrium after 20,000 Euler steps of dt from a point off it.</summary>
    private static double Distance(RichardsonSystem system, double dt, double xs, double ys)
    {
        double x = xs + 1, y = ys - 1;
        for (var n = 0; n < 20_000 && Math.Abs(x) + Math.Abs(y) < 1e12; n++)
        {
            (x, y) = system.StepEuler(x, y, dt);
        }

        return Math.Abs(x - xs) + Math.Abs(y - ys);
    }

    /// <summary>Classical fourth-order Runge–Kutta with n steps: the reference for the exact step.</summary>
    internal static (double X, double Y) RungeKutta(RichardsonSystem system, double x, double y, double t, int n)
    {
        var dt = t / n;
        for (var i = 0; i < n; i++)
        {
            var (k1x, k1y) = system.Rates(x, y);
            var (k2x, k2y) = system.Rates(x + (0.5 * dt * k1x), y + (0.5 * dt * k1y));
            var (k3x, k3y) = system.Rates(x + (0.5 * dt * k2x), y + (0.5 * dt * k2y));
            var (k4x, k4y) = system.Rates(x + (dt * k3x), y + (dt * k3y));
            x += dt / 6 * (k1x + (2 * k2x) + (2 * k3x) + k4x);
            y += dt / 6 * (k1y + (2 * k2y) + (2 * k3y) + k4y);
        }

        return (x, y);
    }
}
