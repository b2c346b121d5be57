using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>Data and settings the estimator cannot fit are refused with an ArgumentException that says why.</summary>
public class PowerLawBadInputTests
{
    private static readonly PowerLawOptions Few = new() { Replicates = 5 };

    public static TheoryData<double> NonPositiveOrNonFinite => [0.0, -1.5, double.NaN, double.PositiveInfinity];

    [Fact]
    public void Empty_data_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => PowerLaw.Fit([]));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        Assert.Equal("data", e.ParamName);
        Assert.Throws<ArgumentException>(() => PowerLaw.Bootstrap([], Few));
        Assert.Throws<ArgumentException>(() => PowerLaw.GoodnessOfFit([], Few));
    }

    [Theory]
    [MemberData(nameof(NonPositiveOrNonFinite))]
    public void Non_positive_or_non_finite_values_are_refused(double bad)
    {
        var data = Enumerable.Range(1, 50).Select(i => (double)i).ToArray();
        data[17] = bad;

        var e = Assert.Throws<ArgumentException>(() => PowerLaw.Fit(data));

        Assert.Contains("data[17]", e.Message, StringComparison.Ordinal);
        Assert.Contains("finite positive", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PowerLaw.Bootstrap(data, Few));
        Assert.Throws<ArgumentException>(() => PowerLaw.GoodnessOfFit(data, Few));
    }

    [Fact]
    public void Fewer_values_than_the_minimum_tail_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => PowerLaw.Fit([1.0, 2.0, 3.0, 4.0, 5.0]));
        Assert.Contains("MinTail = 10", e.Message, StringComparison.Ordinal);

        var data = PowerLaw.Sample(40, 2.5, 1.0, discrete: false, seed: 1);
        Assert.Throws<ArgumentException>(() => PowerLaw.Fit(data, new PowerLawOptions { MinTail = 41 }));
    }

    [Fact]
    public void Data_whose_every_tail_is_one_repeated_value_are_refused()
    {
        // All equal: no candidate x_min leaves a tail with two distinct values, so α has no maximum-likelihood value.
        var e = Assert.Throws<ArgumentException>(() => PowerLaw.Fit(Enumerable.Repeat(3.0, 30).ToArray()));
        Assert.Contains("too few tail points", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PowerLaw.Fit(Enumerable.Repeat(3.0, 30).ToArray(), new PowerLawOptions { Discrete = true }));
    }

    [Fact]
    public void Non_integers_are_refused_by_the_discrete_fit()
    {
        var data = Enumerable.Range(1, 50).Select(i => (double)i).ToArray();
        data[3] = 2.5;

        var e = Assert.Throws<ArgumentException>(() => PowerLaw.Fit(data, new PowerLawOptions { Discrete = true }));

        Assert.Contains("positive integers", e.Message, StringComparison.Ordinal);
        Assert.Equal(1.0 + (50.0 / data.Sum(x => Math.Log(x / 1.0))), PowerLaw.Fit(data, new PowerLawOptions { MinTail = 50 }).Alpha, 12);
    }

    [Fact]
    public void Settings_out_of_range_are_refused()
    {
        var data = PowerLaw.Sample(100, 2.5, 1.0, discrete: false, seed: 1);

        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.Fit(data, new PowerLawOptions { MinTail = 1 }));
        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.Fit(data, new PowerLawOptions { MaxCandidates = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.Bootstrap(data, new PowerLawOptions { Replicates = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.Bootstrap(data, new PowerLawOptions { Confidence = 1.0 }));
        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.GoodnessOfFit(data, new PowerLawOptions { MaxDegreeOfParallelism = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.Sample(10, 1.0, 1.0, discrete: false, seed: 1));
        Assert.ThrowsAny<ArgumentException>(() => PowerLaw.Sample(10, 2.0, 1.5, discrete: true, seed: 1));
    }
}
