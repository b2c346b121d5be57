using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

public class StateAndCitizensTests
{
    private static StateRun Case(ulong seed, bool secure, double hsi) => new(seed, $"State {seed}", secure, secure ? 1 : 0.5, !secure, hsi, hsi, hsi);

    [Fact]
    public void The_difference_is_the_secure_states_mean_index_minus_the_others_leaving_out_dead_states()
    {
        StateRun[] cases = [Case(1, true, 0.9), Case(1, true, 0.7), Case(1, false, 0.5), Case(2, false, 0.6), Case(2, false, double.NaN)];
        Assert.Equal(0.8 - 0.55, StateAndCitizens.Difference(cases), 12);
    }

    [Fact]
    public void Runs_alike_give_an_interval_of_no_width_and_the_bootstrap_is_the_same_every_time()
    {
        var alike = Enumerable.Range(1, 10).SelectMany(s => new[] { Case((ulong)s, true, 0.9), Case((ulong)s, false, 0.6) }).ToArray();
        var interval = StateAndCitizens.Bootstrap(alike);
        Assert.Equal((10, 0.3, 0.3, 0.3), (interval.N, Math.Round(interval.Mean, 12), Math.Round(interval.Low, 12), Math.Round(interval.High, 12)));

        var varied = Enumerable.Range(1, 10).SelectMany(s => new[] { Case((ulong)s, true, 0.5 + (s / 20.0)), Case((ulong)s, false, 0.6) }).ToArray();
        var first = StateAndCitizens.Bootstrap(varied);
        Assert.Equal(first, StateAndCitizens.Bootstrap(varied));
        Assert.True(first.Low < first.Mean && first.Mean < first.High, $"{first}");
    }
}
