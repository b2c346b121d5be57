using System.Globalization;
using System.Text;

namespace Westphalia.Laboratory;

/// <summary>An experiment's report as Markdown: the claim and its source, the design, every outcome by arm with the paired difference, and the conclusion.</summary>
public static class ExperimentReport
{
    public static string Markdown(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var e = result.Experiment;
        var c = result.Comparison;
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"# {e.Title}");
        text.AppendLine();
        text.AppendLine(inv, $"**Claim.** {e.Claim}");
        text.AppendLine();
        text.AppendLine(inv, $"**Source.** {e.Source}");
        text.AppendLine();
        text.AppendLine(inv, $"**Design.** The `{c.Scenario}` scenario{(e.Common.Count > 0 ? $" with {string.Join(", ", e.Common.Select(x => $"`{x}`"))}" : "")}, run under two arms on the same {c.Seeds.Count} seeds (1 to {c.Seeds.Count}): **{e.Baseline.Name}** ({Changes(e.Baseline)}) and **{e.Treatment.Name}** ({Changes(e.Treatment)}). Each seed's two runs differ only by the arm, so the paired difference of an outcome is the arm's effect on that seed's world.");
        text.AppendLine();
        text.AppendLine(inv, $"**Conclusion ({result.Verdict}).** {result.Conclusion}");
        text.AppendLine();
        if (e.Caveat.Length > 0)
        {
            text.AppendLine(inv, $"**Caveat.** {e.Caveat}");
            text.AppendLine();
        }

        text.AppendLine(inv, $"| outcome | unit | {e.Baseline.Name} | {e.Treatment.Name} | difference ({e.Treatment.Name} − {e.Baseline.Name}) |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (var o in c.Outcomes)
        {
            text.AppendLine(inv, $"| {o.Label} | {o.Unit} | {Format(c.Summary(e.Baseline.Name, o))} | {Format(c.Summary(e.Treatment.Name, o))} | {Format(c.Difference(e.Baseline.Name, e.Treatment.Name, o))} |");
        }

        text.AppendLine();
        text.AppendLine("Each cell: the mean over the seeds and its 95% confidence interval (Student's t). The first outcome decides the claim: it holds when the interval of the difference lies wholly on the side the claim predicts, is contradicted when it lies wholly on the other, and is undecided when it includes no difference. The runs of the model say what the model does; docs/VALIDATION.md says how far the model is to be trusted.");
        return text.ToString();
    }

    private static string Changes(Arm arm) => string.Join(", ", arm.Overrides.Select(o => $"`{o}`"));

    /// <summary>A mean with its interval, to four significant figures.</summary>
    public static string Format(Interval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        static string F(double v) => double.IsNaN(v) ? "–" : v.ToString(Math.Abs(v) >= 1000 ? "N0" : "G4", CultureInfo.InvariantCulture);
        return $"{F(interval.Mean)} [{F(interval.Low)}, {F(interval.High)}]";
    }
}
