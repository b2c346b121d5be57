using System.Globalization;
using System.Text;

namespace Westphalia.Laboratory;

/// <summary>
/// A sensitivity analysis's report as Markdown: the design, then per outcome the factors ranked by μ* (Morris) or by
/// the total-order index (Sobol) with a one-line reading, and the method's references.
/// </summary>
public static class SensitivityReport
{
    public static string Markdown(SensitivityAnalysis analysis, string command)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var d = analysis.Design;
        var inv = CultureInfo.InvariantCulture;
        var morris = d.Method == SensitivityMethod.Morris;
        var text = new StringBuilder();
        text.AppendLine(inv, $"# Sensitivity analysis of `{d.Runs.ScenarioName}` ({(morris ? "Morris" : "Sobol'")})");
        text.AppendLine();
        text.AppendLine(inv, $"**Command.** `{command}`");
        text.AppendLine();
        var points = d.Runs.Points.Count;
        var how = morris
            ? $"{d.Trajectories} Morris trajectories on a {d.Levels}-level grid (Δ = {Morris.Delta(d.Levels).ToString("G4", inv)} of each range), {points} design points"
            : $"Saltelli's scheme over a Sobol' sequence, N = {d.Samples} base samples × ({d.Factors.Count} factors + 2) = {points} design points";
        var common = d.Runs.Set.Count > 0 ? $", with {string.Join(", ", d.Runs.Set.Select(s => $"`{s}`"))} at every point" : "";
        text.AppendLine(inv, $"**Design.** {d.Factors.Count} factors of the `{d.Runs.ScenarioName}` scenario ({d.Runs.RunYears} years{common}): {how}, {(d.Runs.Replications == 1 ? "each run on seed 1" : $"each run on the seeds 1 to {d.Runs.Replications}")} ({d.RunCount:N0} runs).{(d.Runs.Replications == 1 ? "" : " A point's outcomes are averaged over its seeds before the indices are computed.")} Every point runs on the same seeds. Design SHA-256 `{d.Hash}`.");
        text.AppendLine();
        text.AppendLine("| factor | from | to |");
        text.AppendLine("|---|---:|---:|");
        foreach (var f in d.Factors)
        {
            text.AppendLine(inv, $"| `{f.Path}` | {f.Min.ToString("R", inv)} | {f.Max.ToString("R", inv)} |");
        }

        text.AppendLine();
        foreach (var outcome in d.Outcomes)
        {
            text.AppendLine(inv, $"## {outcome.Label} (`{outcome.Name}`, {outcome.Unit})");
            text.AppendLine();
            text.AppendLine(analysis.Reading(outcome));
            text.AppendLine();
            if (morris)
            {
                text.AppendLine("| rank | factor | μ* [95% interval] | μ | σ |");
                text.AppendLine("|---:|---|---:|---:|---:|");
            }
            else
            {
                text.AppendLine("| rank | factor | ST [95% interval] | S1 [95% interval] |");
                text.AppendLine("|---:|---|---:|---:|");
            }

            foreach (var i in analysis.Ranking(outcome))
            {
                var flag = analysis.IsNegligible(i) ? " (no measurable effect)" : "";
                text.AppendLine(i.Morris is { } m
                    ? $"| {i.Rank} | `{i.Factor.Path}`{flag} | {Cell(m.MuStar, m.MuStarLow, m.MuStarHigh)} | {SensitivityAnalysis.Format(m.Mu)} | {SensitivityAnalysis.Format(m.Sigma)} |"
                    : $"| {i.Rank} | `{i.Factor.Path}`{flag} | {Cell(i.Sobol!.ST, i.Sobol.STLow, i.Sobol.STHigh)} | {Cell(i.Sobol.S1, i.Sobol.S1Low, i.Sobol.S1High)} |");
            }

            text.AppendLine();
        }

        text.AppendLine(morris
            ? $"**Reading the numbers.** An elementary effect is the change of an outcome when one factor moves by Δ of its range, divided by Δ: the outcome's units per whole range of the factor. μ* (the mean of their absolute values) ranks the factors; μ near ±μ* means the effect has one sign; σ large against μ* means it changes from point to point (non-linear, or tied to other factors). A factor whose μ* is under {SensitivityAnalysis.NegligibleMuStarShare * 100:F0}% of the outcome's largest counts as having no measurable effect. Intervals: 95% percentile intervals from {Morris.Resamples:N0} bootstrap resamples of the trajectories. Seeds add noise to every effect, so with few replications a small μ* may be noise alone."
            : $"**Reading the numbers.** ST is the share of an outcome's variance over the design that involves the factor, alone or with others; S1 the share it explains alone. ST − S1 is its share in interactions, and ΣS1 near 1 means the outcome is nearly additive in the factors. A factor whose ST interval reaches below {SensitivityAnalysis.NegligibleTotalIndex} counts as having no measurable effect. Intervals: 95% percentile intervals from {Saltelli.Resamples:N0} bootstrap resamples of the base samples; estimates can fall a little outside [0, 1] with few samples.");
        text.AppendLine();
        text.AppendLine(morris
            ? "**Method.** Morris (1991), Technometrics 33, 161–174; μ* from Campolongo, Cariboni and Saltelli (2007), Environ. Model. Softw. 22, 1509–1518. docs/LABORATORY.md gives the formulas."
            : "**Method.** Saltelli (2002), Comput. Phys. Commun. 145, 280–297, and Saltelli et al. (2010), Comput. Phys. Commun. 181, 259–270 (first order); Jansen (1999), Comput. Phys. Commun. 117, 35–43 (total order); Sobol' sequence with Joe and Kuo's (2008) direction numbers. docs/LABORATORY.md gives the formulas.");
        text.AppendLine();
        text.AppendLine("The runs of the model say what the model does over these ranges; docs/VALIDATION.md says how far the model is to be trusted.");
        return text.ToString();
    }

    private static string Cell(double value, double low, double high) =>
        $"{SensitivityAnalysis.Format(value)} [{SensitivityAnalysis.Format(low)}, {SensitivityAnalysis.Format(high)}]";
}
