using CsCheck;
using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

/// <summary>
/// Saltelli's scheme and the Sobol' estimators against analytic indices of standard test functions (Ishigami, Sobol's G,
/// linear), without the simulator. Deterministic: a Sobol' sequence and bootstrap draws from fixed seeds.
/// </summary>
public class SaltelliTests
{
    private static SobolIndex[] Indices(int samples, int factors, Func<double[], double> f, ulong seed = 1)
    {
        var x = Saltelli.Sample(samples, factors);
        Assert.Equal(samples * (factors + 2), x.Length);
        return Saltelli.Analyze([.. x.Select(f)], samples, factors, seed);
    }

    [Fact]
    public void The_sample_is_A_then_A_with_each_column_from_B_then_B()
    {
        var x = Saltelli.Sample(8, 3);
        for (var j = 0; j < 8; j++)
        {
            var a = x[j * 5];
            var b = x[(j * 5) + 4];
            for (var i = 0; i < 3; i++)
            {
                var ab = x[(j * 5) + 1 + i];
                Assert.Equal(Enumerable.Range(0, 3).Select(c => c == i ? b[c] : a[c]), ab);
            }
        }

        var sobol = SobolSequence.Points(8, 6);
        Assert.Equal(sobol[5][..3], x[25]);
        Assert.Equal(sobol[5][3..], x[29]);
    }

    [Fact]
    public void Ishigami_indices_match_the_analytic_ones()
    {
        // Ishigami & Homma (1990), a = 7, b = 0.1, x uniform on [−π, π]³. Analytic (Sobol' & Levitan 1999):
        // V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸ (1/18 − 1/50), V = V1 + V2 + V13:
        // S1 = (0.314, 0.442, 0), ST = (0.558, 0.442, 0.244).
        const double a = 7, b = 0.1;
        var v1 = 0.5 * Math.Pow(1 + (b * Math.Pow(Math.PI, 4) / 5), 2);
        var v2 = a * a / 8;
        var v13 = b * b * Math.Pow(Math.PI, 8) * ((1.0 / 18) - (1.0 / 50));
        var v = v1 + v2 + v13;
        double[] s1 = [v1 / v, v2 / v, 0];
        double[] st = [(v1 + v13) / v, v2 / v, v13 / v];
        Assert.Equal(0.314, s1[0], 3);
        Assert.Equal(0.558, st[0], 3);
        Assert.Equal(0.244, st[2], 3);

        var indices = Indices(8192, 3, p => MorrisTests.Ishigami([.. p.Select(u => Math.PI * ((2 * u) - 1))]));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(indices[i].S1 - s1[i]) < 0.02, $"S1[{i}] = {indices[i].S1}, analytic {s1[i]:F3}");
            Assert.True(Math.Abs(indices[i].ST - st[i]) < 0.02, $"ST[{i}] = {indices[i].ST}, analytic {st[i]:F3}");
            Assert.True(indices[i].S1Low <= indices[i].S1 && indices[i].S1 <= indices[i].S1High);
            Assert.True(indices[i].STLow <= indices[i].ST && indices[i].ST <= indices[i].STHigh);
            Assert.True(indices[i].STHigh - indices[i].STLow < 0.1, "the intervals narrow with 8,192 samples");
        }
    }

    [Fact]
    public void Sobols_G_function_indices_match_the_analytic_ones()
    {
        // G = Π (|4x_i − 2| + a_i) / (1 + a_i) on [0, 1]^k (Saltelli & Sobol' 1995): V_i = 1 / (3 (1 + a_i)²),
        // V = Π (1 + V_i) − 1, S1_i = V_i / V and ST_i = V_i Π_{j≠i} (1 + V_j) / V.
        double[] a = [0, 0.5, 3, 9, 99, 99];
        var vi = a.Select(ai => 1 / (3 * (1 + ai) * (1 + ai))).ToArray();
        var v = vi.Aggregate(1.0, (p, x) => p * (1 + x)) - 1;
        var indices = Indices(8192, a.Length, p => p.Select((x, i) => (Math.Abs((4 * x) - 2) + a[i]) / (1 + a[i])).Aggregate(1.0, (q, y) => q * y));
        for (var i = 0; i < a.Length; i++)
        {
            var s1 = vi[i] / v;
            var st = vi[i] * vi.Where((_, j) => j != i).Aggregate(1.0, (q, x) => q * (1 + x)) / v;
            Assert.True(Math.Abs(indices[i].S1 - s1) < 0.02, $"S1[{i}] = {indices[i].S1}, analytic {s1:F3}");
            Assert.True(Math.Abs(indices[i].ST - st) < 0.02, $"ST[{i}] = {indices[i].ST}, analytic {st:F3}");
        }
    }

    [Fact]
    public void On_a_linear_function_each_index_is_the_coefficients_share_of_the_variance()
    {
        // y = Σ a_i x_i, x uniform: Var = Σ a_i² / 12, so S1_i = ST_i = a_i² / Σ a_j².
        double[] a = [1, -2, 4, 0];
        var sum = a.Sum(x => x * x);
        var indices = Indices(4096, a.Length, p => p.Select((x, i) => a[i] * x).Sum());
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i] * a[i] / sum, indices[i].S1, 2);
            Assert.Equal(a[i] * a[i] / sum, indices[i].ST, 2);
        }
    }

    [Fact]
    public void On_additive_functions_the_first_order_indices_add_up_to_one_and_none_exceeds_its_total()
    {
        // Property: for y = Σ c_i g_i(x_i), with no interactions, S1_i = ST_i and Σ S1 = 1; estimates agree to sampling error.
        Gen.Select(Gen.Int[2, 6], Gen.Double[-5, 5].Array[6], Gen.Int[1, 3].Array[6]).Sample((k, c, powers) =>
        {
            if (c.Take(k).All(x => Math.Abs(x) < 0.1))
            {
                return;
            }

            var indices = Indices(1024, k, p => p.Select((x, i) => c[i] * Math.Pow(x, powers[i])).Sum());
            Assert.InRange(indices.Sum(i => i.S1), 0.95, 1.05);
            Assert.All(indices, i => Assert.True(i.S1 <= i.ST + 0.03, $"S1 {i.S1} > ST {i.ST}"));
            Assert.All(indices, i => Assert.InRange(i.ST, -0.01, 1.01));
        }, iter: 40);
    }

    [Fact]
    public void An_output_that_does_not_vary_has_no_indices()
    {
        var indices = Indices(64, 2, _ => 3.0);
        Assert.All(indices, i => Assert.True(double.IsNaN(i.S1) && double.IsNaN(i.ST)));
    }

    [Fact]
    public void The_same_outputs_and_seed_give_the_same_intervals()
    {
        Func<double[], double> f = p => p[0] + (2 * p[1] * p[0]);
        Assert.Equal(Indices(256, 2, f, 5), Indices(256, 2, f, 5));
        Assert.NotEqual(Indices(256, 2, f, 5)[0].S1Low, Indices(256, 2, f, 6)[0].S1Low);
    }
}
