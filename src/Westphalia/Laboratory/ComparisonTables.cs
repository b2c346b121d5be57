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
}
