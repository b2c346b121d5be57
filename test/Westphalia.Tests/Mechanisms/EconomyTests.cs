using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Tests.Mechanisms;

using World = Westphalia.World;
using Westphalia.Events;

/// <summary>
/// Economy (docs/ODD.md §7.7): conditional convergence of income per capita, stepped alone on worlds built by hand. The
/// annual rate is checked against the ODD's equation written out here, shocks included.
/// </summary>
public class EconomyTests
{
    private static readonly EconomyParameters NoShocks = new() { ShockSd = 0 };

    /// <summary>
    /// Regions on a line, region r owned by <paramref name="owners"/>[r], each state at the reference welfare effort (so
    /// that the investment factor is 1), productivity 1 and income 10,000 unless changed.
    /// </summary>
    private static World Line(int states, params int[] owners)
    {
        var world = SmallWorlds.Grid(owners.Length, 1, states, r => owners[r]);
        Array.Fill(world.Regions.Productivity, 1.0);
        Array.Fill(world.Regions.IncomePerCapita, 10_000.0);
        Array.Fill(world.States.WelfareEffort, new EconomyParameters().ReferenceWelfareShare);
        return world;
    }

    /// <summary>
    /// The annual growth rate of region r at a January tick as docs/ODD.md §7.7 writes it:
    /// g = max(−0.5, g_f + β (ln y* − (ln y − ln(1 − D))) + σ (√ρ z_s + √(1 − ρ) z_r)), y* = A · clamp(y_f(t), 100, 10^7) · max(I, 10^−6).
    /// </summary>
    private static double DocumentedRate(EconomyParameters p, World world, int r, int tick, ulong seed = 1)
    {
        var rng = new CounterRng(seed);
        var s = world.Regions.Owner[r];
        var frontier = Math.Clamp(p.FrontierIncome * Math.Pow(1 + p.FrontierGrowth, tick / 12), 100, 1e7);
        var investment = Saturation.Of(world.States.WelfareEffort[s], p.HumanCapitalHalfShare) / Saturation.Of(p.ReferenceWelfareShare, p.HumanCapitalHalfShare);
        var steady = world.Regions.Productivity[r] * frontier * Math.Max(investment, 1e-6);
        var shock = p.ShockSd * ((Math.Sqrt(p.ShockStateShare) * rng.Normal(tick, RngStream.Economy, -1 - s))
            + (Math.Sqrt(1 - p.ShockStateShare) * rng.PairedNormal(tick, RngStream.Economy, r)));
        var undamaged = Math.Log(Math.Max(world.Regions.IncomePerCapita[r], 1e-9)) - Math.Log(1 - world.Regions.WarDamage[r]);
        return Math.Max(-0.5, p.FrontierGrowth + (p.Convergence * (Math.Log(steady) - undamaged)) + shock);
    }

    /// <summary>The annual rate a region's monthly growth factor compounds to.</summary>
    private static double AnnualRate(World world, int r) => Math.Pow(world.Regions.GrowthFactor[r], 12) - 1;

    [Fact]
    public void The_annual_rate_is_the_documented_convergence_equation_with_a_shock_shared_within_the_state()
    {
        var p = new EconomyParameters();
        var world = Line(3, 0, 0, 1, 1, 2);
        double[] incomes = [800, 5_000, 20_000, 60_000, 250_000];
        double[] productivity = [0.2, 0.5, 1, 1.5, 3];
        incomes.CopyTo(world.Regions.IncomePerCapita, 0);
        productivity.CopyTo(world.Regions.Productivity, 0);
        world.States.WelfareEffort[1] = 0.3;
        world.Regions.WarDamage[4] = 0.2;
        foreach (var tick in new[] { 0, 12, 60 })
        {
            var expected = Enumerable.Range(0, 5).Select(r => DocumentedRate(p, world, r, tick)).ToArray();
            Schedule.Run(new Economy(world, p), SmallWorlds.Tick(tick));
            for (var r = 0; r < 5; r++)
            {
                Assert.Equal(expected[r], AnnualRate(world, r), 1e-12);
            }
        }
    }

    [Fact]
    public void A_region_below_its_steady_state_grows_faster_than_one_above_it_by_the_convergence_rate()
    {
        // Same productivity, same state, no shocks: the steady state is A · y_f = 30,000 for both.
        var world = Line(1, 0, 0);
        Array.Fill(world.Regions.Productivity, 0.5);
        world.Regions.IncomePerCapita[0] = 5_000;
        world.Regions.IncomePerCapita[1] = 90_000;
        Schedule.Run(new Economy(world, NoShocks), SmallWorlds.Tick(0));

        var poor = AnnualRate(world, 0);
        var rich = AnnualRate(world, 1);
        Assert.Equal(0.018 + (0.02 * Math.Log(30_000.0 / 5_000)), poor, 1e-12);
        Assert.Equal(0.018 + (0.02 * Math.Log(30_000.0 / 90_000)), rich, 1e-12);
        Assert.True(poor > 0.018 && rich < 0.018, "the poorer region grows faster than the frontier, the richer one slower");
        Assert.Equal(0.02 * Math.Log(90_000.0 / 5_000), poor - rich, 1e-12);
    }

    [Fact]
    public void Twelve_monthly_factors_compound_to_the_annual_rate()
    {
        var p = new EconomyParameters();
        var world = Line(2, 0, 0, 1);
        world.Regions.IncomePerCapita[0] = 3_000;
        world.Regions.IncomePerCapita[2] = 45_000;
        var start = (double[])world.Regions.IncomePerCapita.Clone();
        var economy = new Economy(world, p);
        var rates = Enumerable.Range(0, 3).Select(r => DocumentedRate(p, world, r, 0)).ToArray();
        for (var month = 1; month <= 12; month++)
        {
            Schedule.Run(economy, SmallWorlds.Tick(month - 1));
            for (var r = 0; r < 3; r++)
            {
                // After m months of the year: y · (1 + g)^(m/12).
                Assert.Equal(start[r] * Math.Pow(1 + rates[r], month / 12.0), world.Regions.IncomePerCapita[r], start[r] * 1e-12);
            }
        }

        for (var r = 0; r < 3; r++)
        {
            Assert.Equal(start[r] * (1 + rates[r]), world.Regions.IncomePerCapita[r], start[r] * 1e-12);
        }
    }

    [Fact]
    public void Annual_growth_is_bounded_below_at_minus_one_half()
    {
        // A region a thousand times richer than its steady state with full-speed convergence would shrink by far more
        // than half a year; it shrinks by half. Its neighbour, just above its steady state, is not held up.
        var p = new EconomyParameters { ShockSd = 0, Convergence = 1 };
        var world = Line(1, 0, 0);
        world.Regions.Productivity[0] = 0.01; // steady state 600
        world.Regions.IncomePerCapita[0] = 600_000;
        world.Regions.IncomePerCapita[1] = 70_000; // steady state 60,000
        var economy = new Economy(world, p);
        for (var t = 0; t < 12; t++)
        {
            Schedule.Run(economy, SmallWorlds.Tick(t));
        }

        Assert.Equal(-0.5, AnnualRate(world, 0), 1e-12);
        Assert.Equal(300_000, world.Regions.IncomePerCapita[0], 1e-6);
        Assert.Equal(0.018 + Math.Log(60_000.0 / 70_000), AnnualRate(world, 1), 1e-12);
    }

    [Fact]
    public void Income_grows_to_the_ceiling_and_no_further_and_the_first_region_there_is_logged_once()
    {
        // Frontier at the ceiling and growing by half a year: regions just below it pass it within a month.
        var p = new EconomyParameters { ShockSd = 0, FrontierIncome = 1e7, FrontierGrowth = 0.5 };
        var world = Line(2, 0, 1, 1, 0);
        double[] incomes = [10_000, 9.9e6, 9.95e6, 2e7];
        incomes.CopyTo(world.Regions.IncomePerCapita, 0);
        var events = new List<SimulationEvent>();
        var bus = new EventBus();
        bus.Subscribe(events.Add);
        var economy = new Economy(world, p, bus);
        Schedule.Run(economy, SmallWorlds.Tick(0));

        Assert.Equal(1e7, world.Regions.IncomePerCapita[1]);
        Assert.Equal(1e7, world.Regions.IncomePerCapita[2]);
        Assert.Equal(1e7, world.Regions.IncomePerCapita[3]); // above the ceiling (displaced people left it): back at it
        Assert.True(world.Regions.IncomePerCapita[0] is > 10_000 and < 1e7);
        var logged = Assert.Single(events);
        Assert.Equal((0, Economy.IncomeCeilingReached, 1, 1, 1e7), (logged.Tick, logged.Type, logged.State, logged.Region, logged.Value));

        for (var t = 1; t < 24; t++)
        {
            Schedule.Run(economy, SmallWorlds.Tick(t));
            Assert.All(world.Regions.IncomePerCapita, y => Assert.True(y <= 1e7));
        }

        Assert.Equal(1e7, world.Regions.IncomePerCapita[1]);
        Assert.Single(events, e => e.Type == Economy.IncomeCeilingReached);
    }

    [Theory]
    [InlineData(-0.3, 100.0)] // 60,000 · 0.7^20 ≈ 48: the frontier stops at its floor of 100
    [InlineData(0.5, 1e7)] // 60,000 · 1.5^20 ≈ 2 · 10^8: the frontier stops at the ceiling of 10^7
    public void The_frontier_stops_at_its_floor_and_at_the_income_ceiling_and_says_so_once(double frontierGrowth, double bound)
    {
        var p = new EconomyParameters { ShockSd = 0, FrontierGrowth = frontierGrowth };
        var world = Line(1, 0);
        world.Regions.IncomePerCapita[0] = bound / 2;
        var events = new List<SimulationEvent>();
        var bus = new EventBus();
        bus.Subscribe(events.Add);
        var economy = new Economy(world, p, bus);
        Schedule.Run(economy, SmallWorlds.Tick(20 * 12));

        // Productivity 1 at the reference effort: the steady state is the frontier itself, twice the region's income.
        Assert.Equal(frontierGrowth + (0.02 * Math.Log(2)), AnnualRate(world, 0), 1e-12);
        var logged = Assert.Single(events);
        Assert.Equal((Economy.FrontierBoundReached, bound), (logged.Type, logged.Value));

        Schedule.Run(economy, SmallWorlds.Tick(21 * 12));
        Assert.Single(events);
    }

    [Fact]
    public void Convergence_acts_on_income_undamaged_by_war_while_migrants_see_the_damaged_income()
    {
        // Region 1 is region 0 with 30% of its output destroyed; region 2 is as poor as region 1 but undamaged.
        var world = Line(1, 0, 0, 0);
        world.Regions.IncomePerCapita[0] = 10_000;
        world.Regions.IncomePerCapita[1] = 7_000;
        world.Regions.WarDamage[1] = 0.3;
        world.Regions.IncomePerCapita[2] = 7_000;
        Schedule.Run(new Economy(world, NoShocks), SmallWorlds.Tick(0));

        Assert.Equal(AnnualRate(world, 0), AnnualRate(world, 1), 1e-12);
        Assert.Equal(0.02 * Math.Log(10_000.0 / 7_000), AnnualRate(world, 2) - AnnualRate(world, 1), 1e-12);
        Assert.Equal(Math.Log(7_000), world.Regions.Attractiveness[1]);
    }

    [Fact]
    public void Welfare_effort_raises_the_steady_state_with_diminishing_returns_and_none_leaves_it_at_a_millionth()
    {
        // Four one-region states with the same income, at welfare efforts 0, ω_ref, 2 ω_ref and 4 ω_ref.
        var p = NoShocks;
        var world = Line(4, 0, 1, 2, 3);
        double[] efforts = [0, 0.152, 0.304, 0.608];
        efforts.CopyTo(world.States.WelfareEffort, 0);
        Schedule.Run(new Economy(world, p), SmallWorlds.Tick(0));

        var g = Enumerable.Range(0, 4).Select(r => AnnualRate(world, r)).ToArray();
        // sat(ω) = ω / (ω + 0.05): ln y* moves by β ln(sat(ω) / sat(ω_ref)).
        static double Sat(double w) => w / (w + 0.05);
        Assert.Equal(0.018 + (0.02 * Math.Log(6.0)), g[1], 1e-12);
        Assert.Equal(g[1] + (0.02 * Math.Log(1e-6)), g[0], 1e-12);
        Assert.Equal(g[1] + (0.02 * Math.Log(Sat(0.304) / Sat(0.152))), g[2], 1e-12);
        Assert.Equal(g[1] + (0.02 * Math.Log(Sat(0.608) / Sat(0.152))), g[3], 1e-12);
        Assert.True(g[3] - g[2] < g[2] - g[1], "doubling welfare effort again gains less");
    }

    [Fact]
    public void Attractiveness_is_log_income_before_the_January_growth_and_is_held_for_the_year()
    {
        var world = Line(1, 0, 0);
        world.Regions.IncomePerCapita[0] = 2_000;
        var economy = new Economy(world, NoShocks);
        Schedule.Run(economy, SmallWorlds.Tick(0));
        Assert.Equal(Math.Log(2_000), world.Regions.Attractiveness[0]);
        Assert.True(world.Regions.IncomePerCapita[0] > 2_000);
        Schedule.Run(economy, SmallWorlds.Tick(1));
        Assert.Equal(Math.Log(2_000), world.Regions.Attractiveness[0]);
    }

    [Fact]
    public void Shocks_have_the_documented_spread_and_are_correlated_within_a_state_by_its_share()
    {
        // Statistical test: with no convergence and no frontier growth the annual rate is the shock alone,
        // ε = σ (√ρ z_s + √(1 − ρ) z_r). Over 200 two-region states and 50 Januaries (10,000 pairs, fixed seed) the
        // shocks' standard deviation is σ = 0.03 and the correlation between the two regions of a state is ρ = 0.7
        // (standard error about 0.005; the bounds are six of them), and that between regions of neighbouring states 0
        // (standard error 0.01; bounds of five).
        var p = new EconomyParameters { FrontierGrowth = 0, Convergence = 0, ShockSd = 0.03, ShockStateShare = 0.7 };
        var world = Line(200, [.. Enumerable.Range(0, 400).Select(r => r / 2)]);
        var economy = new Economy(world, p);
        List<(double A, double B)> sameState = [], otherState = [];
        for (var year = 0; year < 50; year++)
        {
            Array.Fill(world.Regions.IncomePerCapita, 10_000.0);
            Schedule.Run(economy, SmallWorlds.Tick(12 * year, seed: 17));
            for (var r = 0; r + 2 < 400; r += 2)
            {
                sameState.Add((AnnualRate(world, r), AnnualRate(world, r + 1)));
                otherState.Add((AnnualRate(world, r + 1), AnnualRate(world, r + 2)));
            }
        }

        var all = sameState.Select(x => x.A).ToArray();
        var sd = Math.Sqrt(all.Average(x => x * x) - Math.Pow(all.Average(), 2));
        Assert.InRange(sd, 0.03 * 0.96, 0.03 * 1.04);
        Assert.InRange(Correlation(sameState), 0.67, 0.73);
        Assert.InRange(Correlation(otherState), -0.05, 0.05);

        static double Correlation(List<(double A, double B)> pairs)
        {
            var ma = pairs.Average(x => x.A);
            var mb = pairs.Average(x => x.B);
            var cov = pairs.Average(x => (x.A - ma) * (x.B - mb));
            return cov / Math.Sqrt(pairs.Average(x => (x.A - ma) * (x.A - ma)) * pairs.Average(x => (x.B - mb) * (x.B - mb)));
        }
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        // 100 × 100 = 10,000 regions: three ranges of 4,096, so four threads really split the work.
        static (double[] Income, double[] Factor, double[] Attractiveness) Run(int threads)
        {
            var world = SmallWorlds.Grid(100, 100, 37, r => r % 37);
            var rng = new CounterRng(3);
            for (var r = 0; r < world.Regions.Count; r++)
            {
                world.Regions.IncomePerCapita[r] = 500 + (100_000 * rng.Uniform(0, RngStream.WorldGeneration, r));
                world.Regions.Productivity[r] = 0.1 + rng.Uniform(0, RngStream.WorldGeneration, r, 1);
            }

            Array.Fill(world.States.WelfareEffort, 0.1);
            var economy = new Economy(world, new EconomyParameters());
            for (var t = 0; t < 14; t++)
            {
                Schedule.Run(economy, SmallWorlds.Tick(t, seed: 9, threads: threads));
            }

            return (world.Regions.IncomePerCapita, world.Regions.GrowthFactor, world.Regions.Attractiveness);
        }

        var one = Run(1);
        var four = Run(4);
        Assert.Equal(one.Income, four.Income);
        Assert.Equal(one.Factor, four.Factor);
        Assert.Equal(one.Attractiveness, four.Attractiveness);
    }
}
