using System.Globalization;

namespace Westphalia.Reports;

/// <summary>
/// The report of a sensitivity analysis, made from its folder alone: the design, and for each outcome the factors
/// ranked by what drives it — Morris's μ* with its bootstrap interval and the σ-against-μ* chart, or Sobol's total-order
/// index with its interval beside the first-order one.
/// </summary>
public static class SensitivityReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static HtmlReport Build(string folder)
    {
        var description = ReportFolder.Json(folder, "sensitivity.json");
        var indices = ReportFolder.Csv(folder, "indices.csv");
        var morris = description["method"]?.GetValue<string>() == "morris";
        var scenario = description["scenario_name"]?.GetValue<string>() ?? "?";
        var report = new HtmlReport($"Sensitivity analysis: {scenario}",
            $"{(morris ? "Morris elementary effects" : "Sobol' indices")}: {description["points"]} points × {description["replications"]} replications = {description["runs"]} runs of {description["years"]} years.");

        report.Section("Design");
        report.Paragraph(morris
            ? $"{description["trajectories"]} trajectories on a grid of {description["levels"]} levels per factor (step Δ = {description["delta"]?.GetValue<double>().ToString("G3", Inv)} of each range), each trajectory moving one factor at a time (Morris 1991); μ* is the mean absolute elementary effect (Campolongo, Cariboni and Saltelli 2007), σ their standard deviation: a large σ beside μ* means the factor acts through interactions or non-linearly. Effects are in the outcome's units per whole range of the factor. Intervals: 95% from {description["bootstrap_resamples"]} bootstrap resamples of the trajectories."
            : $"Saltelli's scheme over {description["samples"]} base points of a Sobol' sequence; S1 is the share of the outcome's variance due to a factor alone (Saltelli et al. 2010), ST the share it has a part in, interactions included (Jansen 1999). Intervals: 95% from {description["bootstrap_resamples"]} bootstrap resamples.");
        report.Table(["factor", "from", "to"],
            (description["factors"]?.AsArray() ?? []).Select(f => (IReadOnlyList<string>)[f!["path"]!.GetValue<string>(), f["min"]!.ToString(), f["max"]!.ToString()]),
            [false, true, true]);

        var outcome = indices.Texts("outcome");
        var factor = indices.Texts("factor");
        var rank = indices.Numbers("rank");
        var negligible = indices.Numbers("negligible");
        foreach (var o in (description["outcomes"]?.AsArray() ?? []).Select(x => (Name: x!["name"]!.GetValue<string>(), Label: x["label"]!.GetValue<string>(), Unit: x["unit"]!.GetValue<string>())))
        {
            var rows = Enumerable.Range(0, indices.Count).Where(i => outcome[i] == o.Name).OrderBy(i => rank[i]).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            report.Section($"What drives {o.Label}");
            var top = factor[rows[0]];
            var none = rows.Where(i => negligible[i] == 1).Select(i => factor[i]).ToList();
            report.Paragraph($"{top} drives {o.Label} ({o.Unit}) most." + (none.Count > 0 ? $" No measurable effect: {string.Join(", ", none)}." : ""));
            var slug = o.Name.Replace('_', '-');
            if (morris)
            {
                var muStar = indices.Numbers("mu_star");
                var low = indices.Numbers("mu_star_ci_low");
                var high = indices.Numbers("mu_star_ci_high");
                var mu = indices.Numbers("mu");
                var sigma = indices.Numbers("sigma");
                report.Figure(() => Charts.Intervals($"morris-{slug}", $"{o.Label}: μ* by factor", $"Mean absolute elementary effect μ* on {o.Label} ({o.Unit}) of moving each factor across its range, with its 95% bootstrap interval; ranked.", $"μ*, {o.Unit}",
                    [.. rows.Select(i => new IntervalRow(factor[i], muStar[i], low[i], high[i]))]));
                report.Figure(() => Charts.Points($"morris-sigma-{slug}", $"{o.Label}: σ against μ*", "Each factor's μ* (how much it matters) against σ (how much its effect varies across the design: interactions, non-linearity). Factors near the origin barely matter.", $"μ*, {o.Unit}", $"σ, {o.Unit}",
                    [.. rows.Select(i => new PointGroup(factor[i], [muStar[i]], [sigma[i]]))], fromZero: true));
                report.Table(["rank", "factor", "μ*", "95% interval", "μ", "σ"],
                    rows.Select(i => (IReadOnlyList<string>)[rank[i].ToString(Inv), factor[i], Numbers.Text(muStar[i]), $"[{Numbers.Text(low[i])}, {Numbers.Text(high[i])}]", Numbers.Text(mu[i]), Numbers.Text(sigma[i])]),
                    [true, false, true, true, true, true]);
            }
            else
            {
                var s1 = indices.Numbers("s1");
                var st = indices.Numbers("st");
                var stLow = indices.Numbers("st_ci_low");
                var stHigh = indices.Numbers("st_ci_high");
                var s1Low = indices.Numbers("s1_ci_low");
                var s1High = indices.Numbers("s1_ci_high");
                report.Figure(() => Charts.Intervals($"sobol-{slug}", $"{o.Label}: total-order index by factor", $"The share of the variance of {o.Label} each factor has a part in (ST), with its 95% bootstrap interval; ranked.", "ST, share of variance",
                    [.. rows.Select(i => new IntervalRow(factor[i], st[i], stLow[i], stHigh[i]))]));
                report.Table(["rank", "factor", "S1", "95% interval", "ST", "95% interval"],
                    rows.Select(i => (IReadOnlyList<string>)[rank[i].ToString(Inv), factor[i], Numbers.Text(s1[i]), $"[{Numbers.Text(s1Low[i])}, {Numbers.Text(s1High[i])}]", Numbers.Text(st[i]), $"[{Numbers.Text(stLow[i])}, {Numbers.Text(stHigh[i])}]"]),
                    [true, false, true, true, true, true]);
            }
        }

        report.Section("Method");
        report.Paragraph("Every run is in runs.csv (its point, seed, the factors' values and the outcomes), every index in indices.csv, both described in datapackage.json; sensitivity.json holds what is needed to repeat the analysis. Methods and their references: docs/LABORATORY.md, \"Sensitivity analysis\".");
        return report;
    }
}
