using Westphalia.Metrics;
using Westphalia.Parameters;

namespace Westphalia.Tests.Metrics;

public class HumanSecurityIndexTests
{
    private readonly HumanSecurityIndex _index = new(new HumanSecurityParameters());

    [Fact]
    public void Income_index_uses_the_HDI_goalposts_on_a_log_scale()
    {
        Assert.Equal(0, _index.IncomeIndex(100), 12);
        Assert.Equal(1, _index.IncomeIndex(75_000), 12);
        Assert.Equal(1, _index.IncomeIndex(200_000), 12);
        Assert.Equal(0, _index.IncomeIndex(50), 12);
        // (ln 10,000 − ln 100) / (ln 75,000 − ln 100) = 4.60517 / 6.62007 = 0.69564.
        Assert.Equal(0.69564, _index.IncomeIndex(10_000), 5);
    }

    [Fact]
    public void Health_index_uses_the_HDI_goalposts()
    {
        Assert.Equal(0, _index.HealthIndex(20), 12);
        Assert.Equal(1, _index.HealthIndex(85), 12);
        Assert.Equal(0.5, _index.HealthIndex(52.5), 12);
    }

    [Fact]
    public void Violence_index_falls_from_one_at_no_violence_to_zero_at_the_maximum()
    {
        Assert.Equal(1, _index.ViolenceIndex(0), 12);
        Assert.Equal(0, _index.ViolenceIndex(500), 12);
        Assert.True(_index.ViolenceIndex(5) > _index.ViolenceIndex(50));
    }

    [Fact]
    public void The_index_is_a_geometric_mean_of_the_pillars()
    {
        var want = _index.Want(0.8, 0.6, 0.9);
        Assert.Equal(Math.Cbrt(0.8 * 0.6 * 0.9), want, 12);
        var fear = _index.Fear(0.7, 1.0);
        Assert.Equal(Math.Sqrt(0.7), fear, 12);
        Assert.Equal(Math.Sqrt(want * fear), _index.Combine(want, fear), 12);
        // A geometric mean punishes imbalance: the same arithmetic mean, unequal pillars, a lower index.
        Assert.True(_index.Combine(0.9, 0.5) < _index.Combine(0.7, 0.7));
    }

    [Fact]
    public void A_zero_dimension_is_floored_rather_than_erasing_the_rest()
    {
        Assert.Equal(Math.Cbrt(0.01 * 0.5 * 0.5), _index.Want(0, 0.5, 0.5), 12);
    }
}
