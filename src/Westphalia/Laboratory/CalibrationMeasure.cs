using System.Globalization;
using System.Text.RegularExpressions;
using Westphalia.Metrics;

namespace Westphalia.Laboratory;

/// <summary>
/// A figure of a run's world series that calibration fits (docs/VALIDATION.md, "Calibration as a procedure"):
/// <c>value(COLUMN, YEAR)</c>, the column's value in the year; <c>mean(COLUMN, FROM, TO)</c>, its mean over the
/// years; <c>change(COLUMN, FROM, TO)</c>, its value in TO minus that in FROM; <c>growth(COLUMN, FROM, TO)</c>, its
/// compound annual growth from FROM to TO; <c>ratio(COLUMN, OTHER, YEAR)</c>, one column over another in the year (a
/// crude birth rate: <c>ratio(births, population, 2019)</c>). A year's value is the last row of that year in the world
/// table. Three figures of a run's civil wars, for the civil-war calibration (docs/VALIDATION.md):
/// <c>civil_war(onset_rate)</c>, onsets per country-year at peace; <c>civil_war(duration)</c>, the mean duration in
/// years of the civil wars that ended; <c>civil_war(relapse)</c>, the share of countries with a civil war that had
/// another (computed as the civil-war validation target computes them, for one run).
/// </summary>
public sealed partial record CalibrationMeasure(string Function, string Column, int From, int To, string Other = "")
{
    /// <summary>The figures of <c>civil_war(FIGURE)</c>.</summary>
    public static readonly string[] CivilWarFigures = ["onset_rate", "duration", "relapse"];

    /// <summary>Whether the measure reads the world table (its columns must be the table's).</summary>
    public bool OfWorldTable => Function != "civil_war";

    public static bool TryParse(string text, out CalibrationMeasure? measure)
    {
        measure = null;
        var c = CivilWarPattern().Match(text ?? "");
        if (c.Success)
        {
            measure = new CalibrationMeasure("civil_war", c.Groups[1].Value, 0, 0);
            return true;
        }

        var r = RatioPattern().Match(text ?? "");
        if (r.Success)
        {
            var year = int.Parse(r.Groups[3].Value, CultureInfo.InvariantCulture);
            measure = new CalibrationMeasure("ratio", r.Groups[1].Value, year, year, r.Groups[2].Value);
            return true;
        }

        var m = Pattern().Match(text ?? "");
        if (!m.Success)
        {
            return false;
        }

        var function = m.Groups[1].Value;
        var from = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        var to = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : from;
        if ((function == "value") != !m.Groups[4].Success || to < from || (function == "growth" && to == from))
        {
            return false;
        }

        measure = new CalibrationMeasure(function, m.Groups[2].Value, from, to);
        return true;
    }

    /// <summary>The figure in a finished run; NaN when the world table lacks a year or the run has no civil war to measure.</summary>
    public double Of(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (OfWorldTable)
        {
            return Of(simulation.Observer<Observers.WorldObserver>().Table);
        }

        var wars = simulation.CivilWar.Conflicts;
        switch (Column)
        {
            case "onset_rate":
                var (onsets, years) = Validation.CivilWarTarget.Onsets(simulation.Observer<Observers.CountryYearsObserver>().Rows);
                return years > 0 ? (double)onsets / years : double.NaN;
            case "duration":
                var durations = Validation.CivilWarTarget.Durations(wars);
                return durations.Count > 0 ? durations.Average() : double.NaN;
            default:
                var (again, withWar) = Validation.CivilWarTarget.Relapses(wars);
                return withWar > 0 ? (double)again / withWar : double.NaN;
        }
    }

    /// <summary>The figure in a finished run's world table; NaN when the table lacks a year.</summary>
    public double Of(Table world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var years = world["year"].Ints;
        double At(int year) => Value(world, years, Column, year);
        return Function switch
        {
            "value" => At(From),
            "change" => At(To) - At(From),
            "growth" => Math.Pow(At(To) / At(From), 1.0 / (To - From)) - 1,
            "ratio" => At(From) / Value(world, years, Other, From),
            _ => Enumerable.Range(From, To - From + 1).Select(At).Average(),
        };
    }

    private static double Value(Table world, List<int> years, string name, int year)
    {
        var column = world[name];
        for (var r = world.RowCount - 1; r >= 0; r--)
        {
            if (years[r] == year)
            {
                return column.Kind switch
                {
                    ColumnKind.Long => column.Longs[r],
                    ColumnKind.Int => column.Ints[r],
                    _ => column.Doubles[r],
                };
            }
        }

        return double.NaN;
    }

    public override string ToString() => Function switch
    {
        "value" => string.Create(CultureInfo.InvariantCulture, $"value({Column}, {From})"),
        "ratio" => string.Create(CultureInfo.InvariantCulture, $"ratio({Column}, {Other}, {From})"),
        "civil_war" => $"civil_war({Column})",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Function}({Column}, {From}, {To})"),
    };

    [GeneratedRegex(@"^\s*civil_war\(\s*(onset_rate|duration|relapse)\s*\)\s*$")]
    private static partial Regex CivilWarPattern();

    [GeneratedRegex(@"^\s*ratio\(\s*([a-z_]+)\s*,\s*([a-z_]+)\s*,\s*(\d{1,4})\s*\)\s*$")]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"^\s*(value|mean|change|growth)\(\s*([a-z_]+)\s*,\s*(\d{1,4})\s*(?:,\s*(\d{1,4})\s*)?\)\s*$")]
    private static partial Regex Pattern();
}
