using Westphalia.Laboratory;

namespace Westphalia.Tests.Cli;

public class ExperimentCommandTests
{
    [Fact]
    public void The_list_names_every_experiment()
    {
        var result = CliHarness.Run("experiment", "list");
        Assert.Equal(0, result.Code);
        Assert.All(Experiments.All, e => Assert.Contains(e.Name, result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void An_experiment_writes_its_runs_and_a_report_with_the_conclusion_it_prints()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "experiment");
        var result = CliHarness.Run("experiment", "interpol-internet", "--seeds", "2", "--years", "3", "--out", output);
        Assert.True(result.Code == 0, result.Err);
        var report = File.ReadAllText(Path.Combine(output, "report.md"));
        var conclusion = result.Out.Split('\n').First(l => l.StartsWith("Over 2 seeds", StringComparison.Ordinal)).Trim();
        Assert.Contains(conclusion[..40], report, StringComparison.Ordinal);
        Assert.Contains("| terror attacks foiled |", report, StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(output, "runs.csv")).Length);
        Assert.StartsWith("arm,seed,attacks_foiled_share,terror_deaths", File.ReadLines(Path.Combine(output, "runs.csv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_experiment_is_refused_with_the_names_there_are()
    {
        var result = CliHarness.Run("experiment", "nosuch");
        Assert.Equal(2, result.Code);
        Assert.Contains("no experiment is named 'nosuch'; the experiments are collective-security", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void State_and_citizens_takes_every_state_of_every_run_as_a_case()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "experiment");
        var result = CliHarness.Run("experiment", "state-and-citizens", "--seeds", "2", "--years", "2", "--out", output);
        Assert.True(result.Code == 0, result.Err);
        Assert.Equal(1 + (2 * 40), File.ReadAllLines(Path.Combine(output, "states.csv")).Length);
        Assert.Contains("**Conclusion (", File.ReadAllText(Path.Combine(output, "report.md")), StringComparison.Ordinal);
        Assert.Contains("state-and-citizens", CliHarness.Run("experiment", "list").Out, StringComparison.Ordinal);
    }
}
