using System.Globalization;

namespace Westphalia.Laboratory;

/// <summary>What an experiment found: its runs, and for its deciding outcome the paired difference and the verdict.</summary>
public sealed record ExperimentResult(Experiment Experiment, Comparison Comparison)
{
    /// <summary>The paired difference treatment − baseline of the deciding outcome (the experiment's first).</summary>
    public Interval Deciding => Comparison.Difference(Experiment.Baseline.Name, Experiment.Treatment.Name, Experiment.Outcomes[0]);

    /// <summary>
    /// <c>holds</c> when the 95% interval of the paired difference lies wholly on the side the claim predicts,
    /// <c>contradicted</c> when it lies wholly on the other side, <c>undecided</c> when it includes no difference.
    /// </summary>
    public string Verdict => Judge(Deciding, Experiment.Predicted);

    /// <summary>The verdict on a claim that predicts the sign <paramref name="predicted"/> for a difference with interval <paramref name="difference"/>.</summary>
    public static string Judge(Interval difference, int predicted)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var low = difference.Low * predicted;
        var high = difference.High * predicted;
        return double.IsNaN(low) || double.IsNaN(high) ? "undecided"
            : Math.Min(low, high) > 0 ? "holds"
            : Math.Max(low, high) < 0 ? "contradicted"
            : "undecided";
    }

    /// <summary>A difference with its sign, to four significant figures (whole numbers from a thousand up).</summary>
    private static string Signed(double value)
    {
        var text = Math.Abs(value) >= 1000 ? Math.Abs(value).ToString("N0", CultureInfo.InvariantCulture) : Math.Abs(value).ToString("G4", CultureInfo.InvariantCulture);
        return value > 0 ? $"+{text}" : value < 0 ? $"-{text}" : "0";
    }

    /// <summary>The conclusion in a sentence, with the estimate and its uncertainty.</summary>
    public string Conclusion
    {
        get
        {
            var e = Experiment;
            var d = Deciding;
            var o = e.Outcomes[0];
            var estimate = $"{Signed(d.Mean)} [{Signed(d.Low)}, {Signed(d.High)}]";
            var change = $"Over {d.N} seeds of {e.Scenario}, {e.Treatment.Name} against {e.Baseline.Name} changes {o.Label} ({o.Unit}) by {estimate} (mean paired difference, 95% interval).";
            return Verdict switch
            {
                "holds" => $"{change} The claim holds in this model: the interval lies on the side it predicts.",
                "contradicted" => $"{change} The model contradicts the claim: the interval lies on the other side.",
                _ => $"{change} The runs do not decide the claim: the interval includes no difference; more seeds narrow it.",
            };
        }
    }
}
