using System.Globalization;

namespace Westphalia.Scenarios.Imports;

/// <summary>
/// Reads a plain CSV of state attributes: one key column (<c>cow_code</c>, <c>iso3</c> or <c>name</c>) and any of
/// <c>population</c> (people), <c>income_per_capita</c> and <c>military_spending</c> (US dollars a year). An empty cell
/// leaves the figure as it is; a key that no state of the world has is an error, and so is a second row for a state.
/// Other columns are passed over, unless their name is a likely misspelling of a figure's.
/// </summary>
internal static class StateAttributesImporter
{
    public static readonly string[] Keys = ["cow_code", "iso3", "name"];

    public static readonly string[] Figures = ["population", "income_per_capita", "military_spending"];

    public static List<StateChange> Read(string file, World world, ImportErrors errors, ScenarioLimits limits)
    {
        var changes = new List<StateChange>();
        using var csv = ImportCsv.Open(file, errors, limits);
        if (csv is null)
        {
            return changes;
        }

        var keys = Keys.Where(csv.Has).OrderBy(csv.IndexOf).ToList();
        if (keys.Count != 1)
        {
            errors.Add(file, 1, keys.Count == 0 ? 1 : csv.IndexOf(keys[1]) + 1, keys.Count == 0 ? "cow_code" : keys[1], keys.Count == 0
                ? $"missing key column: the file needs one of cow_code, iso3 or name; the file's columns are: {csv.Found()}"
                : $"the file has {keys.Count} key columns ({string.Join(", ", keys)}); give one of cow_code, iso3 or name");
            return changes;
        }

        var figures = Figures.Where(csv.Has).ToList();
        foreach (var column in csv.Header.Where(c => !Figures.Contains(c) && !Keys.Contains(c)))
        {
            if (ScenarioBinder.Suggest(column, Figures) is { } suggestion)
            {
                errors.Add(file, 1, csv.IndexOf(column) + 1, ScenarioLoader.Shorten(column), $"unknown column '{ScenarioLoader.Shorten(column)}'; did you mean '{suggestion}'? Figures are: {string.Join(", ", Figures)}");
            }
        }

        if (figures.Count == 0)
        {
            errors.Add(file, 1, 1, "", $"the file has none of the columns {string.Join(", ", Figures)}; the file's columns are: {csv.Found()}");
            return changes;
        }

        var key = keys[0];
        var states = new StateKeys(world);
        var seen = new Dictionary<int, int>();
        foreach (var cells in csv.Rows([key, .. Figures]))
        {
            var keyCell = cells[0];
            if (!Find(keyCell, key, states, errors, out var state))
            {
                continue;
            }

            if (!seen.TryAdd(state, keyCell.Line))
            {
                errors.Add(keyCell, $"a second row for {world.States.Name[state]}; the first is on line {seen[state]}");
                continue;
            }

            long? population = null;
            double? income = null;
            double? military = null;
            if (Number(cells[1], errors, out var people) && ImportRanges.Population(cells[1], people, errors))
            {
                population = (long)Math.Round(people);
            }

            if (Number(cells[2], errors, out var dollars) && ImportRanges.Income(cells[2], dollars, errors))
            {
                income = dollars;
            }

            if (Number(cells[3], errors, out var spending) && ImportRanges.Military(cells[3], spending, errors))
            {
                military = spending;
            }

            changes.Add(new StateChange(state, population, income, military));
        }

        return changes;
    }

    private static bool Find(ImportCell cell, string key, StateKeys states, ImportErrors errors, out int state)
    {
        state = -1;
        if (cell.IsEmpty)
        {
            errors.Add(cell, "the key is empty; every row names its state");
            return false;
        }

        bool found;
        if (key == "cow_code")
        {
            if (!int.TryParse(cell.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code))
            {
                errors.Add(cell, $"{cell.Quoted} is not a COW country code (a whole number)");
                return false;
            }

            found = states.Cow.TryGetValue(code, out state);
        }
        else
        {
            found = (key == "iso3" ? states.Iso3 : states.Name).TryGetValue(cell.Text, out state);
        }

        if (!found)
        {
            var (what, known) = key switch
            {
                "cow_code" => ("COW code", states.Cow.Keys.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList()),
                "iso3" => ("ISO code", states.Iso3.Keys.Order(StringComparer.Ordinal).ToList()),
                _ => ("name", states.Name.Keys.Order(StringComparer.Ordinal).ToList()),
            };
            var listed = known.Count == 0 ? $"no state of the world has a {what}"
                : known.Count > 20 ? $"the world's are: {string.Join(", ", known.Take(20))}, ... ({known.Count} in all)"
                : $"the world's are: {string.Join(", ", known)}";
            errors.Add(cell, $"no state of the world has the {what} {cell.Quoted}; {listed}");
        }

        return found;
    }

    /// <summary>A figure of the row: false when the cell is empty or not a number (reported).</summary>
    private static bool Number(ImportCell cell, ImportErrors errors, out double value)
    {
        value = 0;
        return !cell.IsEmpty && cell.TryNumber(errors, out value);
    }
}
