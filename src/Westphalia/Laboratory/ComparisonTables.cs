using Westphalia.Metrics;

namespace Westphalia.Laboratory;

/// <summary>The tables a comparison writes: every run with its outcomes, and every arm's mean and 95% interval per outcome.</summary>
public static class ComparisonTables
{
    /// <summary>One row per run: arm, seed and the value of every outcome (a column each).</summary>
    public static Table Runs(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new Table("runs", [("arm", ColumnKind.Text), ("seed", ColumnKind.Long), .. comparison.Outcomes.Select(o => (o.Name, ColumnKind.Double))]);
        foreach (var run in comparison.Runs)
        {
            table["arm"].Texts.Add(run.Arm);
            table["seed"].Longs.Add((long)run.Seed);
            for (var k = 0; k < comparison.Outcomes.Count; k++)
            {
                table[comparison.Outcomes[k].Name].Doubles.Add(run.Values[k]);
            }
        }

        return table;
    }

    /// <summary>One row per outcome and arm: level, label, unit, runs, mean and the 95% confidence interval of the mean.</summary>
    public static Table Summary(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new Table("comparison",
        [
            ("outcome", ColumnKind.Text), ("level", ColumnKind.Text), ("label", ColumnKind.Text), ("unit", ColumnKind.Text),
            ("arm", ColumnKind.Text), ("runs", ColumnKind.Int), ("mean", ColumnKind.Double), ("ci_low", ColumnKind.Double), ("ci_high", ColumnKind.Double),
        ]);
        foreach (var outcome in comparison.Outcomes)
        {
            foreach (var arm in comparison.Arms)
            {
                var interval = comparison.Summary(arm.Name, outcome);
                table["outcome"].Texts.Add(outcome.Name);
                table["level"].Texts.Add(outcome.Level);
                table["label"].Texts.Add(outcome.Label);
                table["unit"].Texts.Add(outcome.Unit);
                table["arm"].Texts.Add(arm.Name);
                table["runs"].Ints.Add(interval.N);
                table["mean"].Doubles.Add(interval.Mean);
                table["ci_low"].Doubles.Add(interval.Low);
                table["ci_high"].Doubles.Add(interval.High);
            }
        }

        return table;
    }

    /// <summary>What a column of the runs or comparison table holds, for the data package.</summary>
    public static string? Describe(Comparison comparison, Table table, Column column)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        if (comparison.Outcomes.FirstOrDefault(o => o.Name == column.Name) is { } outcome)
        {
            return $"{outcome.Label} ({outcome.Level} level), {outcome.Unit}";
        }

        return column.Name switch
        {
            "arm" => "the arm: a name for a set of scenario changes, every arm run on the same seeds",
            "seed" => "the run's seed",
            "outcome" => "the outcome's column name in the runs table",
            "level" => "the level of analysis: state or individual",
            "label" => "the outcome's label",
            "unit" => "the outcome's unit",
            "runs" => "the number of runs (seeds) of the arm",
            "mean" => "the mean of the outcome over the arm's runs",
            "ci_low" => "the lower end of the 95% confidence interval of the mean (Student's t)",
            "ci_high" => "the upper end of the 95% confidence interval of the mean (Student's t)",
            _ => null,
        };
    }
}
