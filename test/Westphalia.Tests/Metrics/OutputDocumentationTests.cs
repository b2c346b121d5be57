using Westphalia.Metrics;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Metrics;

/// <summary>
/// docs/OUTPUTS.md is where the data package of a run takes its column descriptions: every column of every table a run
/// writes must be described there, with the type (and nullability) it is written with.
/// </summary>
public class OutputDocumentationTests
{
    /// <summary>The tables of a short run with civil wars and interstate wars, so that no table is empty.</summary>
    private static IEnumerable<Table> RunTables()
    {
        var simulation = new Simulation(ScenarioLoader.Load("default", ["years=3"]));
        simulation.Run();
        return simulation.Observers.OfType<TableObserver>().Select(o => o.Table);
    }

    [Fact]
    public void Every_column_of_every_table_a_run_writes_is_described_in_OUTPUTS_md()
    {
        var missing = RunTables().SelectMany(t => t.Columns.Where(c => OutputDocumentation.Describe(t.Name, c.Name) is not { Description.Length: > 0 }).Select(c => $"{t.Name}.{c.Name}")).ToList();
        Assert.True(missing.Count == 0, $"not described in docs/OUTPUTS.md: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_column_is_written_with_the_type_OUTPUTS_md_gives_it()
    {
        var wrong = new List<string>();
        foreach (var table in RunTables())
        {
            foreach (var column in table.Columns)
            {
                var documented = OutputDocumentation.Describe(table.Name, column.Name)?.Type;
                var expected = TypeName(column);
                if (documented != expected)
                {
                    wrong.Add($"{table.Name}.{column.Name}: written as {expected}, documented as {documented ?? "nothing"}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void Every_table_a_run_writes_has_a_section_in_OUTPUTS_md()
    {
        var files = ObserverCatalog.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).Select(f => f[..^4]);
        Assert.Equal(files.Order(StringComparer.Ordinal), OutputDocumentation.Tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_row_naming_several_columns_gives_each_its_own_type_and_the_shared_unit_and_meaning()
    {
        var sections = OutputDocumentation.Parse("""
            ## `things.csv` and `things.parquet`

            | column | type | unit | meaning |
            |---|---|---|---|
            | `a`, `b` | int, text or null | people | two columns |
            | `c` | date | | a day |

            ## `more.csv`

            | column | type | meaning |
            |---|---|---|
            | `d` | double | the d |

            Other columns: as in `things.csv`.
            """);
        Assert.Equal(new ColumnDocumentation("two columns", "people", "int"), sections["things"].Columns["a"]);
        Assert.Equal(new ColumnDocumentation("two columns", "people", "text or null"), sections["things"].Columns["b"]);
        Assert.Equal(new ColumnDocumentation("a day", null, "date"), sections["things"].Columns["c"]);
        Assert.Equal("things", sections["more"].Fallback);
        Assert.Equal(new ColumnDocumentation("the d", null, "double"), sections["more"].Columns["d"]);
    }

    private static string TypeName(Column column)
    {
        var name = column.Kind switch
        {
            ColumnKind.Int => "int",
            ColumnKind.Long => "int64",
            ColumnKind.Double => "double",
            ColumnKind.Text => "text",
            ColumnKind.Bool => "bool",
            _ => "date",
        };
        return column.Nullable ? name + " or null" : name;
    }
}
