using System.Globalization;

namespace Westphalia.Scenarios.Imports;

/// <summary>
/// Reads a COW National Material Capabilities file (v5.0 and v6.0:
/// <c>stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version</c>): for each row of the year whose
/// <c>ccode</c> is a state of the world, <c>tpop</c> (thousands) is its population and <c>milex</c> (thousands of
/// current US dollars) its military spending. COW's missing value −9, or an empty cell, leaves the figure as it was.
/// Rows of states the world does not have are passed over: the file covers every state of the system since 1816.
/// </summary>
internal static class NmcImporter
{
    /// <summary>COW's code for a missing value.</summary>
    public const double Missing = -9;

    public static List<StateChange> Read(string file, int year, World world, ImportErrors errors, ScenarioLimits limits)
    {
        var changes = new List<StateChange>();
        using var csv = ImportCsv.Open(file, errors, limits);
        if (csv is null || !csv.Require("ccode", "year", "milex", "tpop"))
        {
            return changes;
        }

        var before = errors.Count;
        var keys = new StateKeys(world);
        var seen = new Dictionary<int, int>();
        var first = int.MaxValue;
        var last = int.MinValue;
        var rows = 0;
        foreach (var cells in csv.Rows("ccode", "year", "milex", "tpop"))
        {
            var (code, yearCell, milex, tpop) = (cells[0], cells[1], cells[2], cells[3]);
            if (!yearCell.TryWhole(errors, 1, 9999, "a year", out var y))
            {
                continue;
            }

            first = Math.Min(first, y);
            last = Math.Max(last, y);
            if (y != year)
            {
                continue;
            }

            rows++;
            if (!code.TryWhole(errors, 1, 999, "a COW country code", out var ccode))
            {
                continue;
            }

            if (!seen.TryAdd(ccode, code.Line))
            {
                errors.Add(code, $"a second row for COW code {ccode} in {year}; the first is on line {seen[ccode]}");
                continue;
            }

            long? population = null;
            double? military = null;
            if (Value(tpop, errors, out var thousands, out var ok) && ImportRanges.Population(tpop, thousands * 1000, errors))
            {
                population = (long)Math.Round(thousands * 1000);
            }

            var good = ok;
            if (Value(milex, errors, out var milexThousands, out ok) && ImportRanges.Military(milex, milexThousands * 1000, errors))
            {
                military = milexThousands * 1000;
            }

            good &= ok;
            if (good && keys.Cow.TryGetValue(ccode, out var state) && (population is not null || military is not null))
            {
                changes.Add(new StateChange(state, population, null, military));
            }
        }

        if (rows == 0 && errors.Count == before)
        {
            errors.NoRowForYear(file, year, first, last);
        }

        return changes;
    }

    /// <summary>A figure of the row: false when it is missing (−9 or empty) or bad (<paramref name="ok"/> false, reported).</summary>
    private static bool Value(ImportCell cell, ImportErrors errors, out double value, out bool ok)
    {
        value = 0;
        ok = true;
        if (cell.IsEmpty)
        {
            return false;
        }

        if (!cell.TryNumber(errors, out value))
        {
            ok = false;
            return false;
        }

        return value != Missing;
    }
}
