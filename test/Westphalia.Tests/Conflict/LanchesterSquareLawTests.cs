using CsCheck;
using Westphalia.Conflict;

namespace Westphalia.Tests.Conflict;

public class LanchesterSquareLawTests
{
    private static readonly Gen<(double Alpha, double Beta, double Red, double Blue)> Battles =
        Gen.Select(Gen.Double[0.001, 0.1], Gen.Double[0.001, 0.1], Gen.Double[1, 1000], Gen.Double[1, 1000]);

    [Fact]
    public void The_brief_form_of_the_invariant_is_conserved_and_the_crossed_pairing_is_not()
    {
        // dR/dt = −β·B, dB/dt = −α·R: β·B² − α·R² is constant; β·R² − α·B² is not (α ≠ β).
        const double alpha = 0.08, beta = 0.02, red = 100, blue = 150;
        var law = new LanchesterSquareLaw(alpha, beta);
        const int steps = 3000;
        double r = red, b = blue;
        for (var n = 0; n < steps; n++)
        {
            (r, b, _, _) = law.Step(r, b, 1e-3);
        }

        // Each step multiplies the invariant by exactly 1 − αβ·dt², whichever sign it is written with.
        var factor = Math.Pow(1 - (alpha * beta * 1e-6), steps);
        Assert.Equal(((beta * blue * blue) - (alpha * red * red)) * factor, (beta * b * b) - (alpha * r * r), 1e-9);
        Assert.True(Math.Abs(((beta * red * red) - (alpha * blue * blue)) - ((beta * r * r) - (alpha * b * b))) > 1);
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
        // Four fifths of the time Red takes to annihilate Blue (α·R₀² > β·B₀²): tanh(γ·t*) = √(β·B₀² / (α·R₀²)), γ = √(αβ).
        var horizon = 0.8 * Math.Atanh(Math.Sqrt(0.03 * blue * blue / (0.05 * red * red))) / Math.Sqrt(0.05 * 0.03);
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
    }

    [Fact]
    public void Casualties_never_exceed_the_forces()
    {
        Gen.Select(Gen.Double[0, 10], Gen.Double[0, 10], Gen.Double[0, 1e6], Gen.Double[0, 1e6], Gen.Double[0, 100]).Sample((alpha, beta, red, blue, dt) =>
        {
            var law = new LanchesterSquareLaw(alpha, beta);
            foreach (var step in new[] { law.Step(red, blue, dt) })
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
    public void Negative_or_non_finite_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LanchesterSquareLaw(-0.1, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LanchesterSquareLaw(0.1, 0.1) with { BlueEffectiveness = double.NaN });
        var law = new LanchesterSquareLaw(0.1, 0.1);
        Assert.Throws<ArgumentOutOfRangeException>(() => law.Step(-1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => law.Step(1, 1, -1));
    }
}
