using System.Globalization;

namespace Westphalia.Scenarios.Imports;

/// <summary>
/// Reads a COW Direct Contiguity file (v3.2): the directed dyad-years of <c>contdird.csv</c>
/// (<c>dyad,state1no,state1ab,state2no,state2ab,year,conttype,version</c>) or the dyads with their dates of
/// <c>contdir.csv</c> (<c>dyad,statelno,statelab,statehno,statehab,conttype,begin,end,version</c>, dates as
/// <c>yyyymm</c>). The pairs of states of the world that are contiguous in the year, by a type from 1 (land or river
/// border) to <c>max_type</c> (2 to 5: separated by up to 12, 24, 150 or 400 miles of water), are returned.
/// </summary>
internal static class ContiguityImporter
{
    public static List<(int A, int B)> Read(string file, int year, int maxType, World world, ImportErrors errors, ScenarioLimits limits)
    {
        var pairs = new List<(int, int)>();
        using var csv = ImportCsv.Open(file, errors, limits);
        if (csv is null)
        {
            return pairs;
        }

        var intervals = !csv.Has("state1no") && csv.Has("statelno");
        string[] columns = intervals ? ["statelno", "statehno", "conttype", "begin", "end"] : ["state1no", "state2no", "year", "conttype"];
        if (!csv.Require(columns))
        {
            return pairs;
        }

        var before = errors.Count;
        var keys = new StateKeys(world);
        var seen = new HashSet<(int, int)>();
        var first = int.MaxValue;
        var last = int.MinValue;
        var rows = 0;
        foreach (var cells in csv.Rows(columns))
        {
            int from, to;
            ImportCell typeCell;
            if (intervals)
            {
                if (!cells[3].TryWhole(errors, 100_001, 999_912, "a date (yyyymm)", out var begin) | !cells[4].TryWhole(errors, 100_001, 999_912, "a date (yyyymm)", out var end))
                {
                    continue;
                }

                (from, to, typeCell) = (begin / 100, end / 100, cells[2]);
            }
            else
            {
                if (!cells[2].TryWhole(errors, 1, 9999, "a year", out from))
                {
                    continue;
                }

                (to, typeCell) = (from, cells[3]);
            }

            first = Math.Min(first, from);
            last = Math.Max(last, to);
            if (year < from || year > to)
            {
                continue;
            }

            rows++;
            if (!cells[0].TryWhole(errors, 1, 999, "a COW country code", out var a) | !cells[1].TryWhole(errors, 1, 999, "a COW country code", out var b)
                | !typeCell.TryWhole(errors, 1, 5, "a contiguity type", out var type))
            {
                continue;
            }

            if (type <= maxType && keys.Cow.TryGetValue(a, out var sa) && keys.Cow.TryGetValue(b, out var sb) && sa != sb && seen.Add((Math.Min(sa, sb), Math.Max(sa, sb))))
            {
                pairs.Add((Math.Min(sa, sb), Math.Max(sa, sb)));
            }
        }

        if (rows == 0 && errors.Count == before)
        {
            errors.NoRowForYear(file, year, first, last);
        }

        return pairs;
    }
}
