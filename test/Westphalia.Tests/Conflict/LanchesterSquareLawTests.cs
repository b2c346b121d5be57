using CsCheck;
using Westphalia.Conflict;

namespace Westphalia.Tests.Conflict;

public class LanchesterSquareLawTests
{
    private static readonly Gen<(double Alpha, double Beta, double Red, double Blue)> Battles =
        Gen.Select(Gen.Double[0.001, 0.1], Gen.Double[0.001, 0.1], Gen.Double[1, 1000], Gen.Double[1, 1000]);

    [Fact]
    public void The_closed_form_conserves_the_invariant_exactly()
    {
        Gen.Select(Battles, Gen.Double[0, 1]).Sample((battle, fraction) =>
        {
            var law = new LanchesterSquareLaw(battle.Alpha, battle.Beta);
            var t = fraction * Math.Min(law.TimeToAnnihilation(battle.Red, battle.Blue), 1e4);
            var (r, b) = law.Solve(battle.Red, battle.Blue, t);
            var i0 = law.Invariant(battle.Red, battle.Blue);
            var scale = (battle.Alpha * battle.Red * battle.Red) + (battle.Beta * battle.Blue * battle.Blue);
            Assert.True(Math.Abs(law.Invariant(r, b) - i0) < 1e-12 * scale, $"{law.Invariant(r, b)} vs {i0}");
        }, iter: 5000);
    }

    [Fact]
    public void The_brief_form_of_the_invariant_is_conserved_and_the_crossed_pairing_is_not()
    {
        // dR/dt = −β·B, dB/dt = −α·R: β·B² − α·R² is constant; β·R² − α·B² is not (α ≠ β).
        const double alpha = 0.08, beta = 0.02, red = 100, blue = 150;
        var law = new LanchesterSquareLaw(alpha, beta);
        var (r, b) = law.Solve(red, blue, 3);
        Assert.Equal((beta * blue * blue) - (alpha * red * red), (beta * b * b) - (alpha * r * r), 1e-9);
        Assert.True(Math.Abs(((beta * red * red) - (alpha * blue * blue)) - ((beta * r * r) - (alpha * b * b))) > 1);
    }

    [Fact]
    public void The_closed_form_solves_the_square_law()
    {
        var law = new LanchesterSquareLaw(0.05, 0.03);
        const double red = 400, blue = 500, h = 1e-4;
        var end = law.TimeToAnnihilation(red, blue);
        foreach (var t in new[] { 0.5, 1.0, 5.0, 0.5 * end, 0.9 * end })
        {
            var (r, b) = law.Solve(red, blue, t);
            var (rp, bp) = law.Solve(red, blue, t + h);
            var (rm, bm) = law.Solve(red, blue, t - h);
            Assert.Equal(-0.03 * b, (rp - rm) / (2 * h), 1e-5 * blue);
            Assert.Equal(-0.05 * r, (bp - bm) / (2 * h), 1e-5 * blue);

            // The textbook cosh/sinh form, γ = √(αβ).
            var gamma = Math.Sqrt(0.05 * 0.03);
            Assert.Equal((red * Math.Cosh(gamma * t)) - (Math.Sqrt(0.03 / 0.05) * blue * Math.Sinh(gamma * t)), r, 1e-9 * red);
            Assert.Equal((blue * Math.Cosh(gamma * t)) - (Math.Sqrt(0.05 / 0.03) * red * Math.Sinh(gamma * t)), b, 1e-9 * blue);
        }
    }

    [Fact]
    public void The_battle_ends_at_annihilation_and_the_winner_keeps_the_square_root_of_the_invariant()
    {
        var law = new LanchesterSquareLaw(0.05, 0.03);
        const double red = 400, blue = 500;
        Assert.Equal(LanchesterSide.Red, law.PredictWinner(red, blue));
        var end = law.TimeToAnnihilation(red, blue);
        Assert.Equal(Math.Atanh(Math.Sqrt(0.03) * blue / (Math.Sqrt(0.05) * red)) / Math.Sqrt(0.05 * 0.03), end, 1e-12);

        var survivor = Math.Sqrt((red * red) - (0.03 / 0.05 * blue * blue));
        var (r, b) = law.Solve(red, blue, end);
        Assert.Equal(survivor, r, 1e-9);
        Assert.Equal(0, b);
        foreach (var later in new[] { 10 * end, double.PositiveInfinity })
        {
            var (rLater, bLater) = law.Solve(red, blue, later);
            Assert.Equal(survivor, rLater, 1e-9);
            Assert.Equal(0, bLater);
        }

        // Just before the end Blue is almost gone.
        var (_, bNear) = law.Solve(red, blue, end * (1 - 1e-9));
        Assert.True(bNear is > 0 and < 1e-3, $"{bNear}");
    }

    [Fact]
    public void The_winner_is_the_side_the_invariant_favours()
    {
        Battles.Sample(battle =>
        {
            var law = new LanchesterSquareLaw(battle.Alpha, battle.Beta);
            var invariant = law.Invariant(battle.Red, battle.Blue);
            var scale = (battle.Alpha * battle.Red * battle.Red) + (battle.Beta * battle.Blue * battle.Blue);
            if (Math.Abs(invariant) < 0.01 * scale)
            {
                return;
            }

            var predicted = law.PredictWinner(battle.Red, battle.Blue);
            Assert.Equal(invariant > 0 ? LanchesterSide.Red : LanchesterSide.Blue, predicted);

            // Fight it out in small discrete steps until someone is gone.
            var end = law.TimeToAnnihilation(battle.Red, battle.Blue);
            var dt = end / 20_000;
            double r = battle.Red, b = battle.Blue;
            while (r > 0 && b > 0)
            {
                (r, b, _, _) = law.Step(r, b, dt);
            }

            Assert.Equal(predicted, r > 0 ? LanchesterSide.Red : LanchesterSide.Blue);
            var (rExact, bExact) = law.Solve(battle.Red, battle.Blue, double.PositiveInfinity);
            Assert.Equal(predicted, rExact > 0 ? LanchesterSide.Red : LanchesterSide.Blue);
            Assert.True(rExact == 0 || bExact == 0);
        }, iter: 300);
    }

    [Fact]
    public void An_even_fight_is_a_draw_that_decays_exponentially()
    {
        // α·R² = β·B² (0.25·100² = 0.0625·200², all exact in binary), γ = √(αβ) = 0.125.
        var law = new LanchesterSquareLaw(0.25, 0.0625);
        Assert.Equal(LanchesterSide.None, law.PredictWinner(100, 200));
        Assert.Equal(double.PositiveInfinity, law.TimeToAnnihilation(100, 200));
        var (r, b) = law.Solve(100, 200, 20);
        Assert.Equal(100 * Math.Exp(-2.5), r, 1e-12);
        Assert.Equal(200 * Math.Exp(-2.5), b, 1e-12);
        var broken = law.TimeToBreakpoint(100, 200, 1, 1);
        Assert.Equal(LanchesterSide.None, broken.Broken);
        Assert.Equal(double.PositiveInfinity, broken.Time);
        Assert.Equal((0.0, 0.0), (broken.Red, broken.Blue));
    }

    [Theory]
    [InlineData(0.05, 0.03, 400, 500, 0.3, 0.3)]
    [InlineData(0.05, 0.03, 400, 500, 0.6, 0.3)]
    [InlineData(0.02, 0.02, 300, 200, 0.5, 0.4)]
    [InlineData(0.01, 0.09, 900, 350, 1.0, 1.0)]
    [InlineData(0.01, 0.09, 900, 350, 0.1, 0.7)]
    [InlineData(0.07, 0.0, 100, 100, 0.5, 0.5)]
    public void The_time_to_breakpoint_matches_numerical_integration(
        double alpha, double beta, double red, double blue, double redBreakpoint, double blueBreakpoint)
    {
        var law = new LanchesterSquareLaw(alpha, beta);
        var predicted = law.TimeToBreakpoint(red, blue, redBreakpoint, blueBreakpoint);
        Assert.NotEqual(LanchesterSide.None, predicted.Broken);

        // Fourth-order Runge–Kutta in steps of h until a side falls to its threshold.
        const double h = 1e-4;
        double r = red, b = blue, t = 0;
        var redThreshold = (1 - redBreakpoint) * red;
        var blueThreshold = (1 - blueBreakpoint) * blue;
        while (r > redThreshold && b > blueThreshold)
        {
            var (k1r, k1b) = (-beta * b, -alpha * r);
            var (k2r, k2b) = (-beta * (b + (0.5 * h * k1b)), -alpha * (r + (0.5 * h * k1r)));
            var (k3r, k3b) = (-beta * (b + (0.5 * h * k2b)), -alpha * (r + (0.5 * h * k2r)));
            var (k4r, k4b) = (-beta * (b + (h * k3b)), -alpha * (r + (h * k3r)));
            r += h / 6 * (k1r + (2 * k2r) + (2 * k3r) + k4r);
            b += h / 6 * (k1b + (2 * k2b) + (2 * k3b) + k4b);
            t += h;
        }

        var numerical = r <= redThreshold ? LanchesterSide.Red : LanchesterSide.Blue;
        Assert.Equal(numerical, predicted.Broken);
        Assert.InRange(predicted.Time, t - h - 1e-9, t + 1e-9);
        Assert.Equal(r, predicted.Red, 1e-3 * red);
        Assert.Equal(b, predicted.Blue, 1e-3 * blue);
    }

    [Fact]
    public void Falling_to_zero_takes_as_long_as_annihilation_and_the_winner_never_falls_below_its_survivor()
    {
        var law = new LanchesterSquareLaw(0.01, 0.09);
        Assert.Equal(LanchesterSide.Blue, law.PredictWinner(900, 350));
        Assert.Equal(law.TimeToAnnihilation(900, 350), law.TimeUntilRedFallsTo(900, 350, 0), 1e-9);
        var survivor = Math.Sqrt((350.0 * 350) - (0.01 / 0.09 * 900 * 900));
        Assert.Equal(survivor, law.Solve(900, 350, double.PositiveInfinity).Blue, 1e-9);
        Assert.Equal(double.PositiveInfinity, law.TimeUntilBlueFallsTo(900, 350, 0.99 * survivor));
        Assert.Equal(law.TimeToAnnihilation(900, 350), law.TimeUntilBlueFallsTo(900, 350, survivor * (1 + 1e-12)), 1e-4);
        Assert.Equal(0, law.TimeUntilRedFallsTo(900, 350, 900));
    }

    [Fact]
    public void The_discrete_step_shrinks_the_invariant_by_exactly_one_minus_alpha_beta_dt_squared()
    {
        var law = new LanchesterSquareLaw(0.05, 0.03);
        double r = 400, b = 500;
        const double dt = 0.01;
        for (var n = 0; n < 1_000; n++)
        {
            var before = law.Invariant(r, b);
            (r, b, _, _) = law.Step(r, b, dt);
            Assert.Equal(before * (1 - (0.05 * 0.03 * dt * dt)), law.Invariant(r, b), 1e-9 * Math.Abs(before));
        }
    }

    [Fact]
    public void The_discrete_steps_invariant_drift_shrinks_in_proportion_to_the_step()
    {
        var law = new LanchesterSquareLaw(0.05, 0.03);
        const double red = 400, blue = 500;
        var horizon = 0.8 * law.TimeToAnnihilation(red, blue);
        var i0 = law.Invariant(red, blue);
        var drifts = new List<double>();
        foreach (var steps in new[] { 400, 800, 1600, 3200, 6400 })
        {
            var dt = horizon / steps;
            double r = red, b = blue;
            for (var n = 0; n < steps; n++)
            {
                (r, b, _, _) = law.Step(r, b, dt);
            }

            var drift = Math.Abs(law.Invariant(r, b) - i0) / Math.Abs(i0);
            drifts.Add(drift);
            // Exactly 1 − (1 − αβ dt²)^(T/dt) ≈ αβ·T·dt.
            Assert.Equal(1 - Math.Pow(1 - (0.05 * 0.03 * dt * dt), steps), drift, 1e-9);
            Assert.Equal(0.05 * 0.03 * horizon * dt, drift, 0.01 * drift);
        }

        for (var n = 1; n < drifts.Count; n++)
        {
            Assert.InRange(drifts[n - 1] / drifts[n], 1.99, 2.01);
        }

        // The exact step conserves it to rounding at any step.
        double re = red, be = blue;
        for (var n = 0; n < 100; n++)
        {
            (re, be, _, _) = law.StepExact(re, be, horizon / 100);
        }

        Assert.Equal(i0, law.Invariant(re, be), 1e-11 * Math.Abs(i0));
    }

    [Fact]
    public void Casualties_never_exceed_the_forces()
    {
        Gen.Select(Gen.Double[0, 10], Gen.Double[0, 10], Gen.Double[0, 1e6], Gen.Double[0, 1e6], Gen.Double[0, 100]).Sample((alpha, beta, red, blue, dt) =>
        {
            var law = new LanchesterSquareLaw(alpha, beta);
            foreach (var step in new[] { law.Step(red, blue, dt), law.StepExact(red, blue, dt) })
            {
                Assert.InRange(step.RedLosses, 0, red);
                Assert.InRange(step.BlueLosses, 0, blue);
                Assert.True(step.Red >= 0 && step.Blue >= 0);
                Assert.Equal(red, step.Red + step.RedLosses, 1e-9 * (1 + red));
                Assert.Equal(blue, step.Blue + step.BlueLosses, 1e-9 * (1 + blue));
                Assert.Equal(step.RedLosses + step.BlueLosses, step.TotalLosses);
            }
        }, iter: 5000);
    }

    [Fact]
    public void The_discrete_step_follows_the_documented_casualty_rule()
    {
        var law = new LanchesterSquareLaw(0.05, 0.03);
        var step = law.Step(400, 500, 0.5);
        Assert.Equal(0.03 * 500 * 0.5, step.RedLosses, 1e-12);
        Assert.Equal(0.05 * 400 * 0.5, step.BlueLosses, 1e-12);

        // A step long enough to wipe Blue out takes only what Blue has.
        var wipe = law.Step(400, 5, 1);
        Assert.Equal(5, wipe.BlueLosses);
        Assert.Equal(0, wipe.Blue);
    }

    [Fact]
    public void Without_fire_from_one_side_the_law_is_a_straight_line()
    {
        var law = new LanchesterSquareLaw(0.07, 0);
        Assert.Equal((100.0, 100 - (0.07 * 100 * 3)), law.Solve(100, 100, 3));
        Assert.Equal(100 / (0.07 * 100), law.TimeToAnnihilation(100, 100), 1e-12);
        Assert.Equal(LanchesterSide.Red, law.PredictWinner(100, 100));
        Assert.Equal(double.PositiveInfinity, law.TimeUntilRedFallsTo(100, 100, 50));
    }

    [Fact]
    public void Negative_or_non_finite_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LanchesterSquareLaw(-0.1, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LanchesterSquareLaw(0.1, 0.1) with { BlueEffectiveness = double.NaN });
        var law = new LanchesterSquareLaw(0.1, 0.1);
        Assert.Throws<ArgumentOutOfRangeException>(() => law.Step(-1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => law.Step(1, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => law.TimeToBreakpoint(1, 1, 1.5, 0.5));
    }
}
