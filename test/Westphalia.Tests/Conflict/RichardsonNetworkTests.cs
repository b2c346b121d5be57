using CsCheck;
using Westphalia.Conflict;

namespace Westphalia.Tests.Conflict;

public class RichardsonNetworkTests
{
    [Fact]
    public void With_two_states_the_network_is_the_two_state_system()
    {
        Gen.Select(Gen.Double[-1, 2], Gen.Double[-1, 2], Gen.Double[0, 2], Gen.Double[0, 2], Gen.Double[-2, 2], Gen.Double[-2, 2], Gen.Double[0, 0.5])
            .Sample((k, l, a, b, g, h, dt) =>
            {
                var system = new RichardsonSystem(k, l, a, b, g, h);
                var fatigue = new double[2];
                var grievance = new double[2];
                var rivals = system.ToRivalMatrix(fatigue, grievance);
                double[] levels = [1.5, 0.25];
                var next = new double[2];
                double x = levels[0], y = levels[1];
                for (var n = 0; n < 50; n++)
                {
                    RichardsonNetwork.EulerStep(rivals, fatigue, grievance, levels, dt, next);
                    (x, y) = system.StepEuler(x, y, dt);
                    Assert.Equal(x, next[0]);
                    Assert.Equal(y, next[1]);
                    (levels, next) = (next, levels);
                }
            }, iter: 500);
    }

    [Fact]
    public void A_two_state_network_converges_to_the_two_state_equilibrium()
    {
        var system = new RichardsonSystem(0.3, 0.4, 0.5, 0.6, 0.2, -0.1);
        var fatigue = new double[2];
        var grievance = new double[2];
        var rivals = system.ToRivalMatrix(fatigue, grievance);
        double[] levels = [10, 0];
        var next = new double[2];
        for (var month = 0; month < 12 * 500; month++)
        {
            RichardsonNetwork.EulerStep(rivals, fatigue, grievance, levels, 1.0 / 12, next);
            (levels, next) = (next, levels);
        }

        var (xs, ys) = system.Equilibrium;
        Assert.Equal(xs, levels[0], 1e-10);
        Assert.Equal(ys, levels[1], 1e-10);
    }

    [Fact]
    public void The_rates_are_the_sparse_sum_over_rivals_less_fatigue_plus_grievance()
    {
        // A triangle 0–1–2 plus a one-sided rivalry 3 → 0.
        var rivals = RichardsonRivalMatrix.FromTriplets(
            4,
            [1, 0, 2, 0, 1, 2, 3],
            [0, 1, 0, 2, 2, 1, 0],
            [0.2, 0.3, 0.1, 0.4, 0.25, 0.15, 0.5]);
        double[] fatigue = [0.9, 0.8, 0.7, 0.6];
        double[] grievance = [0.1, -0.2, 0.3, 0.0];
        double[] levels = [1, 2, 3, 4];
        var rates = new double[4];
        RichardsonNetwork.Rates(rivals, fatigue, grievance, levels, rates);

        Assert.Equal((0.3 * 2) + (0.4 * 3) - (0.9 * 1) + 0.1, rates[0], 1e-15);
        Assert.Equal((0.2 * 1) + (0.25 * 3) - (0.8 * 2) - 0.2, rates[1], 1e-15);
        Assert.Equal((0.1 * 1) + (0.15 * 2) - (0.7 * 3) + 0.3, rates[2], 1e-15);
        Assert.Equal((0.5 * 1) - (0.6 * 4), rates[3], 1e-15);
        Assert.Equal(0.4, rivals.Weight(0, 2));
        Assert.Equal(0, rivals.Weight(0, 3));
        Assert.Equal([1, 2], rivals.RivalsOf(0).ToArray());
    }

    [Fact]
    public void Below_the_gershgorin_step_a_dominant_network_settles_where_all_rates_vanish()
    {
        var rivals = RichardsonRivalMatrix.FromTriplets(
            3, [0, 0, 1, 2, 2], [1, 2, 0, 0, 1], [0.2, 0.3, 0.4, 0.1, 0.5]);
        double[] fatigue = [0.6, 0.5, 0.7];
        double[] grievance = [0.1, 0.2, 0.05];
        var limit = RichardsonNetwork.MaxGershgorinEulerStep(rivals, fatigue);
        Assert.Equal(2 / 1.3, limit, 1e-15);

        double[] levels = [5, 0, 1];
        var next = new double[3];
        for (var n = 0; n < 5_000; n++)
        {
            RichardsonNetwork.EulerStep(rivals, fatigue, grievance, levels, 0.95 * limit, next);
            (levels, next) = (next, levels);
        }

        var rates = new double[3];
        RichardsonNetwork.Rates(rivals, fatigue, grievance, levels, rates);
        Assert.All(rates, r => Assert.True(Math.Abs(r) < 1e-12, $"rate {r}"));
    }

    [Fact]
    public void Gershgorin_certifies_nothing_without_diagonal_dominance()
    {
        var rivals = RichardsonRivalMatrix.FromTriplets(2, [0, 1], [1, 0], [1.0, 0.1]);
        Assert.Equal(0, RichardsonNetwork.MaxGershgorinEulerStep(rivals, [0.5, 0.5]));
    }

    [Fact]
    public void A_step_allocates_nothing()
    {
        var rivals = RichardsonRivalMatrix.FromTriplets(
            3, [0, 0, 1, 2, 2], [1, 2, 0, 0, 1], [0.2, 0.3, 0.4, 0.1, 0.5]);
        double[] fatigue = [0.6, 0.5, 0.7];
        double[] grievance = [0.1, 0.2, 0.05];
        double[] levels = [5, 0, 1];
        var next = new double[3];
        RichardsonNetwork.EulerStep(rivals, fatigue, grievance, levels, 0.1, next);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 1_000; n++)
        {
            RichardsonNetwork.EulerStep(rivals, fatigue, grievance, levels, 0.1, next);
            RichardsonNetwork.EulerStep(rivals, fatigue, grievance, next, 0.1, levels);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Bad_rival_lists_and_overlapping_buffers_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => RichardsonRivalMatrix.FromTriplets(2, [0, 0], [1, 1], [0.1, 0.2]));
        Assert.Throws<ArgumentException>(() => RichardsonRivalMatrix.FromTriplets(2, [1], [1], [0.1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RichardsonRivalMatrix.FromTriplets(2, [0], [2], [0.1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RichardsonRivalMatrix.FromTriplets(2, [0], [1], [double.NaN]));

        var rivals = RichardsonRivalMatrix.FromTriplets(2, [0, 1], [1, 0], [0.1, 0.2]);
        var levels = new double[2];
        Assert.Throws<ArgumentException>(() => RichardsonNetwork.EulerStep(rivals, [0.1, 0.1], [0, 0], levels, 0.1, levels));
        Assert.Throws<ArgumentException>(() => RichardsonNetwork.EulerStep(rivals, [0.1], [0, 0], levels, 0.1, new double[2]));
    }
}
