using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

public class ExperimentTests
{
    [Theory]
    [InlineData(0.1, 0.3, +1, "holds")]
    [InlineData(-0.3, -0.1, +1, "contradicted")]
    [InlineData(-0.1, 0.3, +1, "undecided")]
    [InlineData(-0.3, -0.1, -1, "holds")]
    [InlineData(0.1, 0.3, -1, "contradicted")]
    [InlineData(0.0, 0.3, +1, "undecided")]
    public void A_claim_holds_only_when_the_whole_interval_lies_on_the_side_it_predicts(double low, double high, int predicted, string verdict) =>
        Assert.Equal(verdict, ExperimentResult.Judge(new Interval(20, (low + high) / 2, low, high), predicted));

    [Fact]
    public void The_paired_difference_is_taken_seed_by_seed()
    {
        var experiment = Experiments.Named("collective-security")!;
        var comparison = Comparison.Run(experiment.Scenario, [experiment.Baseline, experiment.Treatment], [1, 2, 3], ["years=30"], experiment.Outcomes, threads: 2);
        var survival = experiment.Outcomes[0];
        var baseline = comparison.Values(experiment.Baseline.Name, survival);
        var treatment = comparison.Values(experiment.Treatment.Name, survival);
        var differences = treatment.Zip(baseline, (t, b) => t - b).ToArray();
        Assert.Equal(Interval.Of(differences), comparison.Difference(experiment.Baseline.Name, experiment.Treatment.Name, survival));
        var result = new ExperimentResult(experiment, comparison);
        Assert.Equal(ExperimentResult.Judge(Interval.Of(differences), +1), result.Verdict);
        Assert.Contains($"Over 3 seeds of cusack-stoll", result.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_experiment_loads_with_both_arms_and_names_what_decides_it()
    {
        Assert.Equal(Experiments.All.Count, Experiments.All.Select(e => e.Name).Distinct().Count());
        foreach (var e in Experiments.All)
        {
            Assert.Equal(4, Comparison.Scenarios(e.Scenario, [e.Baseline, e.Treatment], [1, 2], [.. e.Common, "years=1"]).Count);
            Assert.NotEmpty(e.Outcomes);
            Assert.Contains(e.Predicted, new[] { -1, 1 });
        }
    }
}
