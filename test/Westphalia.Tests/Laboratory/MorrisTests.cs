using CsCheck;
using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

/// <summary>Morris's sampling and elementary effects, on functions whose effects are known, without the simulator.</summary>
public class MorrisTests
{
    [Fact]
    public void Each_step_of_a_trajectory_moves_one_factor_by_delta_on_the_grid_and_every_factor_moves_once()
    {
        Gen.Select(Gen.Int[1, 8], Gen.Int[1, 20], Gen.Int[1, 5], Gen.ULong).Sample((factors, trajectories, halfLevels, seed) =>
        {
            var levels = 2 * halfLevels;
            var delta = Morris.Delta(levels);
            var x = Morris.Sample(factors, trajectories, levels, seed);
            Assert.Equal(trajectories * (factors + 1), x.Length);
            Assert.All(x, p => Assert.All(p, v => Assert.Equal(Math.Round(v * (levels - 1)), v * (levels - 1), 9)));
            Assert.All(x, p => Assert.All(p, v => Assert.InRange(v, 0.0, 1.0)));
            for (var t = 0; t < trajectories; t++)
            {
                var moved = new List<int>();
                for (var s = 1; s <= factors; s++)
                {
                    var row = (t * (factors + 1)) + s;
                    var changed = Enumerable.Range(0, factors).Where(i => x[row][i] != x[row - 1][i]).ToList();
                    var i = Assert.Single(changed);
                    Assert.Equal(delta, Math.Abs(x[row][i] - x[row - 1][i]), 12);
                    moved.Add(i);
                }

                Assert.Equal(Enumerable.Range(0, factors), moved.Order());
            }
        }, iter: 200);
    }

    [Fact]
    public void The_same_seed_gives_the_same_trajectories_and_another_seed_others()
    {
        var a = Morris.Sample(4, 10, 4, 7);
        Assert.Equal(a, Morris.Sample(4, 10, 4, 7));
        Assert.NotEqual(a, Morris.Sample(4, 10, 4, 8));
    }

    [Fact]
    public void On_a_linear_function_mu_star_is_each_coefficients_size_sigma_is_zero_and_the_ranks_follow()
    {
        // y = Σ a_i x_i: every elementary effect of factor i is a_i (per unit of its range), so μ = a_i, μ* = |a_i|, σ = 0.
        double[] a = [3, -10, 0.5, 0, 6];
        var x = Morris.Sample(a.Length, 12, 4, 1);
        var y = x.Select(p => p.Select((v, i) => a[i] * v).Sum()).ToArray();
        var indices = Morris.Analyze(x, y, 12, 1);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i], indices[i].Mu, 9);
            Assert.Equal(Math.Abs(a[i]), indices[i].MuStar, 9);
            Assert.Equal(0, indices[i].Sigma, 9);
            Assert.Equal(Math.Abs(a[i]), indices[i].MuStarLow, 9);
            Assert.Equal(Math.Abs(a[i]), indices[i].MuStarHigh, 9);
        }

        Assert.Equal([1, 4, 0, 2, 3], Enumerable.Range(0, a.Length).OrderByDescending(i => indices[i].MuStar).ToArray());
    }

    [Fact]
    public void An_interaction_shows_as_sigma_and_a_factor_without_effect_has_none()
    {
        // y = x0 · x1 (+ 0 · x2): the effect of x0 is x1 and varies over the trajectories; x2 does nothing.
        var x = Morris.Sample(3, 40, 6, 3);
        var y = x.Select(p => p[0] * p[1]).ToArray();
        var indices = Morris.Analyze(x, y, 40, 3);
        Assert.True(indices[0].Sigma > 0.1, $"σ = {indices[0].Sigma}");
        Assert.True(indices[1].Sigma > 0.1, $"σ = {indices[1].Sigma}");
        Assert.InRange(indices[0].MuStar, 0.3, 0.7); // the mean of x1 over the grid, about ½
        Assert.Equal(0, indices[2].MuStar);
        Assert.True(indices[0].MuStarLow <= indices[0].MuStar && indices[0].MuStar <= indices[0].MuStarHigh);
    }

    [Fact]
    public void On_the_Ishigami_function_x3_alone_has_no_effect_on_average_but_a_large_mu_star()
    {
        // f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 on [−π, π]³: x3 acts only with x1, so its effects have both signs
        // (μ near 0) while μ* is not small; x2's effects are large and of both signs too (sin² is symmetric).
        const int r = 200;
        var x = Morris.Sample(3, r, 4, 11);
        var y = x.Select(p => Ishigami(p.Select(u => Math.PI * ((2 * u) - 1)).ToArray())).ToArray();
        var indices = Morris.Analyze(x, y, r, 11);
        Assert.True(Math.Abs(indices[2].Mu) < 0.5 * indices[2].MuStar, $"μ = {indices[2].Mu}, μ* = {indices[2].MuStar}");
        Assert.True(indices[2].Sigma > indices[2].MuStar);
        Assert.True(indices[1].MuStar > 1);
    }

    [Fact]
    public void Points_that_are_not_trajectories_are_refused()
    {
        double[][] x = [[0, 0], [1, 1], [1, 0]];
        Assert.Throws<ArgumentException>(() => Morris.Analyze(x, [0, 1, 2], 1, 1));
    }

    internal static double Ishigami(double[] x, double a = 7, double b = 0.1) =>
        Math.Sin(x[0]) + (a * Math.Sin(x[1]) * Math.Sin(x[1])) + (b * Math.Pow(x[2], 4) * Math.Sin(x[0]));
}
