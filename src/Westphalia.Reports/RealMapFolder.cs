using System.Globalization;
using System.Text.Json.Nodes;
using nietras.SeparatedValues;
using Westphalia.Metrics;
using Westphalia.Scenarios.RealWorld;

namespace Westphalia.Reports;

/// <summary>
/// What a finished run folder says for a map of the real world at one of its dates: the regions of a year of
/// <c>regions.csv</c> (the years of the scenario's <c>output.map_years</c> and the last), their PRIO-GRID cells
/// (<c>priogrid_gid</c>), owners and Human Security Index; the states' names and blocs in December of that year from
/// <c>states.csv</c>; the alliances' names from the run's data set. A folder that is no finished run, a year it does not
/// hold, or a synthetic world (no real places) is a <see cref="ReportException"/> that says so.
/// </summary>
public static class RealMapFolder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The years whose regions the run folder holds, and the input of the map of <paramref name="year"/> (the last when null).</summary>
    public static (IReadOnlyList<int> Years, RealMapInput Input) Read(string folder, int? year)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new ReportException($"{folder}: no such folder");
        }

        if (!File.Exists(Path.Combine(folder, "manifest.json")))
        {
            throw new ReportException(File.Exists(Path.Combine(folder, "run.json"))
                ? $"{folder}: the run has not finished (no manifest.json); finish it with 'westphalia resume {folder}'"
                : $"{folder}: not a run folder (no manifest.json; 'westphalia run' writes one when a run finishes)");
        }

        var manifest = ReportFolder.Json(folder, "manifest.json");
        var scenario = manifest["scenario_name"]?.GetValue<string>() ?? "run";
        var regionsPath = Path.Combine(folder, "regions.csv");
        if (!File.Exists(regionsPath))
        {
            throw new ReportException($"{regionsPath}: not found; a map of the run needs it");
        }

        var (years, chosen, rows) = ReadRegions(regionsPath, scenario, folder, year);
        var n = rows.Count;
        var prioGrid = new int[n];
        var owner = new int[n];
        var hsi = new double[n];
        rows.Sort((a, b) => a.Region.CompareTo(b.Region));
        for (var i = 0; i < n; i++)
        {
            (_, prioGrid[i], owner[i], hsi[i]) = rows[i];
        }

        var (names, blocs) = ReadStates(folder, chosen, Math.Max(owner.DefaultIfEmpty(-1).Max() + 1, 0));
        var data = manifest["scenario"]?["world"]?["data"]?.GetValue<string>();
        var blocNames = data is not null && WorldDataSet.Names.Contains(data) ? RealMap.AllianceNames(WorldDataSet.Load(data), blocs) : [];
        var input = new RealMapInput(scenario, $"December {chosen.ToString(Inv)}", prioGrid, owner, hsi, names, blocs, blocNames);
        return (years, input);
    }

    private static (List<int> Years, int Year, List<(int Region, int Cell, int Owner, double Hsi)> Rows) ReadRegions(string path, string scenario, string folder, int? year)
    {
        var years = new SortedSet<int>();
        var rows = new List<(int, int, int, double)>();
        var kept = year ?? int.MinValue;
        using (var reader = Sep.New(',').Reader(o => o with { Unescape = true, CultureInfo = Inv }).FromFile(path))
        {
            foreach (var column in (string[])["year", "region_id", "state_id", "hsi"])
            {
                if (!reader.Header.TryIndexOf(column, out _))
                {
                    throw new ReportException($"{path}: no column '{column}'; is this the regions table of a run?");
                }
            }

            if (!reader.Header.TryIndexOf("priogrid_gid", out var gidColumn))
            {
                throw Synthetic(folder, scenario, "its regions.csv has no priogrid_gid column");
            }

            var (yearColumn, regionColumn, ownerColumn, hsiColumn) = (reader.Header.IndexOf("year"), reader.Header.IndexOf("region_id"), reader.Header.IndexOf("state_id"), reader.Header.IndexOf("hsi"));
            foreach (var row in reader)
            {
                if (!int.TryParse(row[yearColumn].Span, NumberStyles.Integer, Inv, out var y))
                {
                    throw new ReportException($"{path}, line {row.LineNumberFrom}: year '{row[yearColumn]}' is not a whole number");
                }

                years.Add(y);
                if (year is null && y > kept)
                {
                    (kept, rows) = (y, []);
                }

                if (y != kept)
                {
                    continue;
                }

                var gidText = row[gidColumn].Span;
                if (gidText.IsEmpty)
                {
                    throw Synthetic(folder, scenario, "its regions have no PRIO-GRID cell");
                }

                if (!int.TryParse(row[regionColumn].Span, NumberStyles.Integer, Inv, out var region)
                    || !int.TryParse(gidText, NumberStyles.Integer, Inv, out var gid)
                    || !int.TryParse(row[ownerColumn].Span, NumberStyles.Integer, Inv, out var owner))
                {
                    throw new ReportException($"{path}, line {row.LineNumberFrom}: region_id, priogrid_gid and state_id must be whole numbers");
                }

                var hsi = double.TryParse(row[hsiColumn].Span, NumberStyles.Float, Inv, out var v) ? v : double.NaN;
                rows.Add((region, gid, owner, hsi));
            }
        }

        if (years.Count == 0)
        {
            throw new ReportException($"{path}: no regions; the table holds no year to map");
        }

        if (year is { } asked && !years.Contains(asked))
        {
            throw new ReportException($"--year {asked.ToString(Inv)}: {path} holds {Years(years)}; a run records the regions of the years its scenario's output.map_years lists (--set \"output.map_years=[{asked.ToString(Inv)}]\") and of its last year");
        }

        if (!RealMap.IsReal([.. rows.Select(r => r.Item2)]))
        {
            throw Synthetic(folder, scenario, "its regions have no PRIO-GRID cell");
        }

        return ([.. years], kept, rows);
    }

    private static string Years(SortedSet<int> years) =>
        years.Count <= 12 ? string.Join(", ", years.Select(y => y.ToString(Inv))) : $"{years.Count} years from {years.Min.ToString(Inv)} to {years.Max.ToString(Inv)}";

    private static ReportException Synthetic(string folder, string scenario, string why) => new(
        $"{folder}: a run of '{scenario}', a synthetic world ({why}): it has no place on the real map. Its end-of-run map is {Path.Combine(folder, "map.svg")}; 'westphalia report {folder}' draws its maps at the years of output.map_years");

    private static (string[] Names, int[] Blocs) ReadStates(string folder, int year, int minimum)
    {
        var states = ReportFolder.Csv(folder, "states.csv");
        var years = states.Numbers("year");
        var months = states.Numbers("month");
        var ids = states.Numbers("state_id");
        var stateNames = states.Texts("state");
        var alliances = states.Numbers("alliance");
        var slots = Math.Max(minimum, (int)ids.Where(double.IsFinite).DefaultIfEmpty(-1).Max() + 1);
        var names = new string[slots];
        for (var s = 0; s < slots; s++)
        {
            names[s] = $"state {s.ToString(Inv)}";
        }

        var blocs = new int[slots];
        Array.Fill(blocs, -1);
        var last = Enumerable.Range(0, years.Length).Where(i => years[i] == year).Select(i => months[i]).DefaultIfEmpty(12).Max();
        for (var i = 0; i < years.Length; i++)
        {
            if (years[i] <= year && ids[i] >= 0 && ids[i] < slots)
            {
                // Names as last seen by that date; blocs as they stand in the year's last month.
                names[(int)ids[i]] = stateNames[i];
                if (years[i] == year && months[i] == last)
                {
                    blocs[(int)ids[i]] = double.IsFinite(alliances[i]) && alliances[i] >= 0 ? (int)alliances[i] : -1;
                }
            }
        }

        return (names, blocs);
    }
}
