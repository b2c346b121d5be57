using Westphalia.Metrics;
using Westphalia.Observers;

namespace Westphalia.Laboratory;

/// <summary>
/// The sweep table: one row per run and observation window, with <c>run</c>, <c>point</c>, <c>replication</c>,
/// <c>seed</c>, one column per factor (its value) and then the world table's columns (<see cref="WorldObserver"/>).
/// </summary>
public static class SweepTables
{
    public const string Name = "sweep";

    /// <summary>A finished run's rows: its world table with the run's identity and factor values in front.</summary>
    public static Table RunRows(SweepDesign design, int run, Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(simulation);
        var world = simulation.Observer<WorldObserver>().Table;
        var table = new Table(
            Name,
            [
                ("run", ColumnKind.Int), ("point", ColumnKind.Int), ("replication", ColumnKind.Int), ("seed", ColumnKind.Long),
                .. design.Factors.Select(f => (f.Path, f.Kind)),
                .. world.Columns.Select(c => (c.Name, c.Kind)),
            ],
            world.Columns.Where(c => c.Nullable).Select(c => c.Name));
        var point = design.PointOf(run);
        var replication = design.ReplicationOf(run);
        for (var i = 0; i < world.RowCount; i++)
        {
            table["run"].Ints.Add(run);
            table["point"].Ints.Add(point);
            table["replication"].Ints.Add(replication);
            table["seed"].Longs.Add((long)simulation.Scenario.Seed);
            for (var k = 0; k < design.Factors.Count; k++)
            {
                var column = table.Columns[4 + k];
                var value = design.Points[point][k];
                switch (column.Kind)
                {
                    case ColumnKind.Bool: column.Bools.Add(value.Flag); break;
                    case ColumnKind.Long: column.Longs.Add((long)value.Number); break;
                    case ColumnKind.Double: column.Doubles.Add(value.Number); break;
                    default: column.Texts.Add(value.Text); break;
                }
            }
        }

        var offset = 4 + design.Factors.Count;
        for (var c = 0; c < world.Columns.Count; c++)
        {
            table.Columns[offset + c].Append(world.Columns[c]);
        }

        return table;
    }

    /// <summary>What a column of the sweep table holds, for the data package: the world's columns as docs/OUTPUTS.md says.</summary>
    public static ColumnDocumentation? Describe(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Name switch
        {
            "run" => new("the run's id, from 0: design point × replications + replication"),
            "point" => new("the design point, from 0 (its factor values are the factor columns)"),
            "replication" => new("the replication of the point, from 1; it is also the run's seed"),
            "seed" => new("the run's seed"),
            _ when column.Name.Contains('.', StringComparison.Ordinal) || OutputDocumentation.Describe("world", column.Name) is null =>
                new($"a factor of the design: the value of the scenario field `{column.Name}` at the run's design point"),
            _ => OutputDocumentation.Describe("world", column.Name),
        };
    }

    /// <summary>The runs' rows one after the other, in the order given (the caller orders them by run id).</summary>
    public static Table Concatenate(IEnumerable<Table> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Table? all = null;
        foreach (var run in runs)
        {
            all ??= Table.Like(Name, run.Columns);
            if (run.Columns.Count != all.Columns.Count || run.Columns.Where((c, k) => c.Name != all.Columns[k].Name || c.Kind != all.Columns[k].Kind || c.Nullable != all.Columns[k].Nullable).Any())
            {
                throw new InvalidDataException("the runs' tables have different columns");
            }

            for (var k = 0; k < run.Columns.Count; k++)
            {
                all.Columns[k].Append(run.Columns[k]);
            }
        }

        return all ?? new Table(Name, []);
    }
}
