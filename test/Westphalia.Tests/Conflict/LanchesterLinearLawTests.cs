using CsCheck;
using Westphalia.Conflict;

namespace Westphalia.Tests.Conflict;

public class LanchesterLinearLawTests
{
    [Fact]
    public void The_closed_form_conserves_the_invariant_and_solves_the_linear_law()
    {
        Gen.Select(Gen.Double[1e-5, 1e-3], Gen.Double[1e-5, 1e-3], Gen.Double[1, 1000], Gen.Double[1, 1000], Gen.Double[0, 50])
            .Sample((alpha, beta, red, blue, t) =>
            {
                var law = new LanchesterLinearLaw(alpha, beta);
                var (r, b) = law.Solve(red, blue, t);
                var scale = (alpha * red) + (beta * blue);
                Assert.Equal(law.Invariant(red, blue), law.Invariant(r, b), 1e-12 * scale);

                const double h = 1e-4;
                var (rp, bp) = law.Solve(red, blue, t + h);
                var (rm, bm) = law.Solve(red, blue, t + (2 * h));
                // Forward second-order difference: (−3 f₀ + 4 f₁ − f₂) / 2h.
                var dr = ((-3 * r) + (4 * rp) - rm) / (2 * h);
                var db = ((-3 * b) + (4 * bp) - bm) / (2 * h);
                Assert.Equal(-beta * r * b, dr, 1e-5 * (1 + (beta * red * blue)));
                Assert.Equal(-alpha * r * b, db, 1e-5 * (1 + (alpha * red * blue)));
            }, iter: 2000);
    }

    [Fact]
    public void The_discrete_steps_converge_to_the_closed_form_at_first_order()
    {
        var law = new LanchesterLinearLaw(0.0004, 0.0003);
        const double red = 500, blue = 600, t = 10;
        var (rExact, bExact) = law.Solve(red, blue, t);
        var errors = new double[2];
        for (var k = 0; k < 2; k++)
        {
            var steps = 100_000 << k;
            double r = red, b = blue;
            for (var n = 0; n < steps; n++)
            {
                (r, b, _, _) = law.Step(r, b, t / steps);
            }

            errors[k] = Math.Max(Math.Abs(r - rExact), Math.Abs(b - bExact));

            // The discrete step conserves α′R − β′B exactly (both lose in proportion to R·B·dt).
            Assert.Equal(law.Invariant(red, blue), law.Invariant(r, b), 1e-9);
        }

        Assert.True(errors[0] < 1e-2, $"error {errors[0]}");
        Assert.InRange(errors[0] / errors[1], 1.9, 2.1);
    }

    [Fact]
    public void The_side_the_invariant_favours_wins_and_the_loser_fades_away()
    {
        var law = new LanchesterLinearLaw(0.0004, 0.0003);
        Assert.Equal(LanchesterSide.Red, law.PredictWinner(500, 600));
        var (r, b) = law.Solve(500, 600, 1_000);
        Assert.Equal((0.0004 * 500) - (0.0003 * 600), 0.0004 * r, 1e-9);
        Assert.True(b < 1e-6, $"{b}");

        // An even fight: R(t) = R₀ / (1 + β′B₀t).
        var even = new LanchesterLinearLaw(0.5, 0.25);
        Assert.Equal(LanchesterSide.None, even.PredictWinner(100, 200));
        Assert.Equal(100 / (1 + (0.25 * 200 * 3)), even.Solve(100, 200, 3).Red, 1e-12);
    }

    [Fact]
    public void Linear_law_casualties_never_exceed_the_forces()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1e4], Gen.Double[0, 1e4], Gen.Double[0, 10]).Sample((alpha, beta, red, blue, dt) =>
        {
            var law = new LanchesterLinearLaw(alpha, beta);
            foreach (var step in new[] { law.Step(red, blue, dt), law.StepExact(red, blue, dt) })
            {
                Assert.InRange(step.RedLosses, 0, red);
                Assert.InRange(step.BlueLosses, 0, blue);
                Assert.Equal(red, step.Red + step.RedLosses, 1e-9 * (1 + red));
                Assert.Equal(blue, step.Blue + step.BlueLosses, 1e-9 * (1 + blue));
            }
        }, iter: 5000);
    }
}
