using Westphalia.Metrics;

namespace Westphalia.Laboratory;

/// <summary>The tables a comparison writes: every run with its outcomes, and every arm's mean and 95% interval per outcome.</summary>
public static class ComparisonTables
{
    /// <summary>One row per run: arm, seed and the value of every outcome (a column each).</summary>
    public static Table Runs(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new Table("runs", [("arm", ColumnKind.Text), ("seed", ColumnKind.Long), .. comparison.Outcomes.Select(o => (o.Name, ColumnKind.Double))], comparison.Outcomes.Select(o => o.Name));
        foreach (var run in comparison.Runs)
        {
            table["arm"].Texts.Add(run.Arm);
            table["seed"].Longs.Add((long)run.Seed);
            for (var k = 0; k < comparison.Outcomes.Count; k++)
            {
                table[comparison.Outcomes[k].Name].Add(Value(run.Values[k]));
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
        ],
        nullable: ["mean", "ci_low", "ci_high"]);
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
                table["mean"].Add(Value(interval.Mean));
                table["ci_low"].Add(Value(interval.Low));
                table["ci_high"].Add(Value(interval.High));
            }
        }

        return table;
    }

    /// <summary>One row per run and observation: arm, seed, time (in years) and the world indicators of <see cref="RunSeries.Columns"/>.</summary>
    public static Table Series(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new Table("series", [("arm", ColumnKind.Text), ("seed", ColumnKind.Long), ("time", ColumnKind.Double), .. RunSeries.Columns.Select(c => (c, ColumnKind.Double))], RunSeries.Columns);
        foreach (var run in comparison.Runs)
        {
            if (run.Series is not { } series)
            {
                continue;
            }

            for (var i = 0; i < series.Times.Count; i++)
            {
                table["arm"].Texts.Add(run.Arm);
                table["seed"].Longs.Add((long)run.Seed);
                table["time"].Doubles.Add(series.Times[i]);
                for (var k = 0; k < RunSeries.Columns.Count; k++)
                {
                    table[RunSeries.Columns[k]].Add(Value(series.Values[k][i]));
                }
            }
        }

        return table;
    }

    /// <summary>One row per war of every run: arm, seed, kind (interstate or civil) and battle deaths.</summary>
    public static Table WarSizes(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new Table("war_sizes", [("arm", ColumnKind.Text), ("seed", ColumnKind.Long), ("kind", ColumnKind.Text), ("battle_deaths", ColumnKind.Double)]);
        foreach (var run in comparison.Runs)
        {
            foreach (var (kind, sizes) in run.Series is { } s ? new[] { ("interstate", s.InterstateWars), ("civil", s.CivilWars) } : [])
            {
                foreach (var size in sizes)
                {
                    table["arm"].Texts.Add(run.Arm);
                    table["seed"].Longs.Add((long)run.Seed);
                    table["kind"].Texts.Add(kind);
                    table["battle_deaths"].Doubles.Add(size);
                }
            }
        }

        return table;
    }

    /// <summary>What a column of the runs or comparison table holds, for the data package.</summary>
    public static ColumnDocumentation? Describe(Comparison comparison, Table table, Column column)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        if (table.Name is "runs" && comparison.Outcomes.FirstOrDefault(o => o.Name == column.Name) is { } outcome)
        {
            return new ColumnDocumentation($"{outcome.Label} ({outcome.Level} level), {outcome.Unit}; null where the run has no value", outcome.Unit.Length > 0 ? outcome.Unit : null);
        }

        return Fixed(column.Name) is { } description ? new ColumnDocumentation(description) : null;
    }

    /// <summary>A number, or null for one that is not a number (an interval of fewer than two runs, an outcome with no cases).</summary>
    private static double? Value(double x) => double.IsNaN(x) ? null : x;

    private static string? Fixed(string column) =>
        column switch
        {
            "arm" => "the arm: a name for a set of scenario changes, every arm run on the same seeds",
            "seed" => "the run's seed",
            "outcome" => "the outcome's column name in the runs table",
            "level" => "the level of analysis: state or individual",
            "label" => "the outcome's label",
            "unit" => "the outcome's unit",
            "runs" => "the number of runs (seeds) of the arm",
            "mean" => "the mean of the outcome over the arm's runs; null when no run has a value",
            "ci_low" => "the lower end of the 95% confidence interval of the mean (Student's t); null for fewer than two runs",
            "ci_high" => "the upper end of the 95% confidence interval of the mean (Student's t); null for fewer than two runs",
            "time" => "the observation's time in years (the year; with monthly output, the year and its months)",
            "hsi" => "the world's Human Security Index (population-weighted)",
            "freedom_from_fear" => "the world's freedom from fear (index)",
            "freedom_from_want" => "the world's freedom from want (index)",
            "violent_death_rate" => "violent deaths per 100,000 people a year",
            "displaced_share" => "the share of people displaced",
            "income_per_capita" => "world output over world population, dollars a year",
            "life_expectancy" => "population-weighted life expectancy, years",
            "states_alive" => "states alive",
            "military_burden" => "the world's military spending over its output, a year's each; null for a world with no output",
            "kind" => "the kind of war: interstate or civil",
            "battle_deaths" => "the war's battle deaths (an interstate war counted once)",
            _ => null,
        };
}
