using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

public class IntervalTests
{
    [Fact]
    public void The_interval_is_the_mean_plus_or_minus_students_t_times_the_standard_error()
    {
        // 1, 2, 3: mean 2, standard deviation 1, n = 3; t(0.975, 2) = 4.3027 from the published tables.
        var interval = Interval.Of([1.0, 2.0, 3.0]);
        Assert.Equal(3, interval.N);
        Assert.Equal(2.0, interval.Mean, 12);
        Assert.Equal(2.0 - (4.302653 / Math.Sqrt(3)), interval.Low, 5);
        Assert.Equal(2.0 + (4.302653 / Math.Sqrt(3)), interval.High, 5);
    }

    [Fact]
    public void With_many_runs_the_interval_approaches_the_normal_one()
    {
        // 0 and 1 alternating, 1,000 values: mean 0.5, sd 0.50025; t(0.975, 999) = 1.9623.
        var values = Enumerable.Range(0, 1000).Select(i => (double)(i % 2)).ToArray();
        var interval = Interval.Of(values);
        var se = Math.Sqrt(values.Sum(v => (v - 0.5) * (v - 0.5)) / 999 / 1000);
        Assert.Equal(0.5 - (1.962341 * se), interval.Low, 5);
    }

    [Fact]
    public void A_constant_sample_has_an_interval_of_no_width_and_one_value_has_none()
    {
        var constant = Interval.Of([4.0, 4.0, 4.0, 4.0]);
        Assert.Equal((4.0, 4.0, 4.0), (constant.Mean, constant.Low, constant.High));
        var one = Interval.Of([7.0]);
        Assert.Equal(7.0, one.Mean);
        Assert.True(double.IsNaN(one.Low) && double.IsNaN(one.High));
    }
}
