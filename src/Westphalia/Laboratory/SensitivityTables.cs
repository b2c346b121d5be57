using Westphalia.Metrics;

namespace Westphalia.Laboratory;

/// <summary>
/// The tables a sensitivity analysis writes: every run with its factor values and outcomes (<c>runs</c>), and every
/// outcome and factor with the method's indices and the factor's rank (<c>indices</c>).
/// </summary>
public static class SensitivityTables
{
    public const string RunsName = "runs";
    public const string IndicesName = "indices";

    /// <summary>One row per run, in run id order: run, point, replication, seed, one column per factor (its value), one per outcome.</summary>
    public static Table Runs(SensitivityAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var design = analysis.Design;
        var table = new Table(RunsName,
        [
            ("run", ColumnKind.Int), ("point", ColumnKind.Int), ("replication", ColumnKind.Int), ("seed", ColumnKind.Long),
            .. design.Factors.Select(f => (f.Path, f.Kind)),
            .. design.Outcomes.Select(o => (o.Name, ColumnKind.Double)),
        ]);
        for (var run = 0; run < design.RunCount; run++)
        {
            var point = design.Runs.PointOf(run);
            table["run"].Ints.Add(run);
            table["point"].Ints.Add(point);
            table["replication"].Ints.Add(design.Runs.ReplicationOf(run));
            table["seed"].Longs.Add(design.Runs.ReplicationOf(run));
            for (var k = 0; k < design.Factors.Count; k++)
            {
                var column = table.Columns[4 + k];
                var value = design.Runs.Points[point][k];
                if (column.Kind == ColumnKind.Long)
                {
                    column.Longs.Add((long)value.Number);
                }
                else
                {
                    column.Doubles.Add(value.Number);
                }
            }

            for (var k = 0; k < design.Outcomes.Count; k++)
            {
                table.Columns[4 + design.Factors.Count + k].Doubles.Add(analysis.Runs[run][k]);
            }
        }

        return table;
    }

    /// <summary>
    /// One row per outcome and factor, each outcome's factors by rank: outcome, factor, method, rank, then μ, μ*, its
    /// interval and σ (Morris) or S1 and ST with their intervals (Sobol).
    /// </summary>
    public static Table Indices(SensitivityAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var morris = analysis.Design.Method == SensitivityMethod.Morris;
        string[] numbers = morris
            ? ["mu", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma"]
            : ["s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high"];
        var table = new Table(IndicesName,
        [
            ("outcome", ColumnKind.Text), ("factor", ColumnKind.Text), ("method", ColumnKind.Text), ("rank", ColumnKind.Int),
            .. numbers.Select(n => (n, ColumnKind.Double)),
            ("negligible", ColumnKind.Bool),
        ]);
        foreach (var index in analysis.Indices)
        {
            table["outcome"].Texts.Add(index.Outcome.Name);
            table["factor"].Texts.Add(index.Factor.Path);
            table["method"].Texts.Add(morris ? "morris" : "sobol");
            table["rank"].Ints.Add(index.Rank);
            double[] values = index.Morris is { } m
                ? [m.Mu, m.MuStar, m.MuStarLow, m.MuStarHigh, m.Sigma]
                : [index.Sobol!.S1, index.Sobol.S1Low, index.Sobol.S1High, index.Sobol.ST, index.Sobol.STLow, index.Sobol.STHigh];
            for (var k = 0; k < numbers.Length; k++)
            {
                table[numbers[k]].Doubles.Add(values[k]);
            }

            table["negligible"].Bools.Add(analysis.IsNegligible(index));
        }

        return table;
    }

    /// <summary>What a column of the runs or indices table holds, for the data package.</summary>
    public static string? Describe(SensitivityAnalysis analysis, Table table, Column column)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        if (table.Name == RunsName && analysis.Design.Outcomes.FirstOrDefault(o => o.Name == column.Name) is { } outcome)
        {
            return $"{outcome.Label} ({outcome.Level} level), {outcome.Unit}";
        }

        if (table.Name == RunsName && analysis.Design.Factors.FirstOrDefault(f => f.Path == column.Name) is { } factor)
        {
            return FormattableString.Invariant($"the factor's value at the run's design point (the scenario field {factor.Path}, from {factor.Min} to {factor.Max})");
        }

        return column.Name switch
        {
            "run" => "the run's id: point × replications + (replication − 1)",
            "point" => "the design point, from 0 in the design's order",
            "replication" => "the replication, 1 to the design's replications; also the run's seed",
            "seed" => "the run's seed",
            "outcome" => "the outcome's column name in the runs table",
            "factor" => "the factor: a scenario field as --set names it",
            "method" => "morris (elementary effects) or sobol (Saltelli's scheme)",
            "rank" => "the factor's rank for the outcome, 1 the most influential (by mu_star for morris, st for sobol)",
            "mu" => "the mean elementary effect: the outcome's change per change of the factor over its whole range (averaged over the seeds at each point)",
            "mu_star" => "the mean absolute elementary effect (Campolongo et al. 2007), in the outcome's units per whole range of the factor",
            "mu_star_ci_low" => "the lower end of a 95% bootstrap percentile interval of mu_star (resampled trajectories)",
            "mu_star_ci_high" => "the upper end of a 95% bootstrap percentile interval of mu_star (resampled trajectories)",
            "sigma" => "the standard deviation of the elementary effects: large against mu_star when the effect is non-linear or depends on other factors",
            "s1" => "the first-order Sobol' index: the share of the outcome's variance the factor explains alone (Saltelli et al. 2010)",
            "s1_ci_low" => "the lower end of a 95% bootstrap percentile interval of s1 (resampled base samples)",
            "s1_ci_high" => "the upper end of a 95% bootstrap percentile interval of s1 (resampled base samples)",
            "st" => "the total-order Sobol' index: the share of the outcome's variance that involves the factor, interactions included (Jansen 1999)",
            "st_ci_low" => "the lower end of a 95% bootstrap percentile interval of st (resampled base samples)",
            "st_ci_high" => "the upper end of a 95% bootstrap percentile interval of st (resampled base samples)",
            "negligible" => "whether the effect counts as not measurable: mu_star under 5% of the outcome's largest (morris), or st's interval reaching below 0.01 (sobol)",
            _ => null,
        };
    }
}
