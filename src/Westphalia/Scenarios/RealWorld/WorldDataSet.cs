using System.Globalization;
using nietras.SeparatedValues;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Scenarios.RealWorld;

/// <summary>
/// The `world` data set shipped inside the library (data/world/, built by tools/world-data from npm packages; its
/// SOURCES.md names every source and licence): today's sovereign states (states.csv), the 0.5° land cells each holds
/// (cells.csv, run-length encoded) and the institutions and alignments (institutions.yaml). Read once per process.
/// </summary>
public sealed class WorldDataSet
{
    /// <summary>The name a scenario gives it: <c>world: { data: world }</c>.</summary>
    public const string Name = "world";

    private static readonly Lazy<WorldDataSet> Embedded = new(() => Parse(
        Resource("states.csv"), Resource("cells.csv"), Resource("institutions.yaml")));

    private readonly Dictionary<string, int> _index;

    private WorldDataSet(
        Dictionary<string, int> index,
        IReadOnlyList<WorldStateRecord> states,
        IReadOnlyList<WorldCell> cells,
        IReadOnlyList<string> permanentMembers,
        IReadOnlyList<string> unNonMembers,
        IReadOnlyList<string> interpolNonMembers,
        IReadOnlyList<WorldAlliance> alliances)
    {
        _index = index;
        States = states;
        Cells = cells;
        PermanentMembers = permanentMembers;
        UnNonMembers = unNonMembers;
        InterpolNonMembers = interpolNonMembers;
        Alliances = alliances;
    }

    /// <summary>The data set's names that a scenario may give.</summary>
    public static IReadOnlyList<string> Names { get; } = [Name];

    /// <summary>The states, in the order of their ISO 3166-1 alpha-3 codes; a state's index here is its id in the world.</summary>
    public IReadOnlyList<WorldStateRecord> States { get; }

    /// <summary>The regions: one per state per cell, ordered by PRIO-GRID id, then by state.</summary>
    public IReadOnlyList<WorldCell> Cells { get; }

    /// <summary>The permanent members of the Security Council (Charter, Art. 23), as ISO codes.</summary>
    public IReadOnlyList<string> PermanentMembers { get; }

    /// <summary>The states of the data set that are not members of the United Nations.</summary>
    public IReadOnlyList<string> UnNonMembers { get; }

    /// <summary>The states of the data set that are not members of Interpol.</summary>
    public IReadOnlyList<string> InterpolNonMembers { get; }

    /// <summary>The standing alliances and their members.</summary>
    public IReadOnlyList<WorldAlliance> Alliances { get; }

    /// <summary>The shipped data set.</summary>
    public static WorldDataSet Load(string name) =>
        name == Name ? Embedded.Value : throw new ArgumentException($"no data set is named '{name}'; shipped: {string.Join(", ", Names)}", nameof(name));

    /// <summary>The index of the state with an ISO code, or −1.</summary>
    public int IndexOf(string iso3) => _index.TryGetValue(iso3, out var i) ? i : -1;

    /// <summary>Reads the data set from the text of its three files; a malformed file throws <see cref="InvalidDataException"/> naming its line.</summary>
    public static WorldDataSet Parse(string statesCsv, string cellsCsv, string institutionsYaml)
    {
        var states = ReadStates(statesCsv);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            if (!index.TryAdd(states[i].Iso3, i))
            {
                throw new InvalidDataException($"states.csv: {states[i].Iso3} is listed twice");
            }
        }

        var cells = ReadCells(cellsCsv, index);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(institutionsYaml));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        IReadOnlyList<string> Codes(YamlNode node, string what) => [.. ((YamlSequenceNode)node).Children.Select(c =>
        {
            var code = ((YamlScalarNode)c).Value ?? "";
            return index.ContainsKey(code) ? code : throw new InvalidDataException($"institutions.yaml:{c.Start.Line}: {what}: {code} is not a state of states.csv");
        })];
        YamlNode Get(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : throw new InvalidDataException($"institutions.yaml:{map.Start.Line}: missing '{key}'");
        string Text(YamlMappingNode map, string key) => ((YamlScalarNode)Get(map, key)).Value ?? "";

        var council = (YamlMappingNode)Get(root, "security_council");
        var un = (YamlMappingNode)Get(root, "united_nations");
        var interpol = (YamlMappingNode)Get(root, "interpol");
        var alliances = ((YamlSequenceNode)Get(root, "alliances")).Children.Cast<YamlMappingNode>()
            .Select(a => new WorldAlliance(Text(a, "name"), Text(a, "treaty"), Codes(Get(a, "members"), "alliances." + Text(a, "name")), Text(a, "source")))
            .ToList();
        return new WorldDataSet(index, states, cells, Codes(Get(council, "permanent_members"), "permanent_members"),
            Codes(Get(un, "not_members"), "united_nations.not_members"), Codes(Get(interpol, "not_members"), "interpol.not_members"), alliances);
    }

    private static List<WorldStateRecord> ReadStates(string text)
    {
        var states = new List<WorldStateRecord>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, CultureInfo = CultureInfo.InvariantCulture }).FromText(text);
        var columns = reader.Header.ColNames;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            foreach (var c in columns)
            {
                values[c] = row[c].ToString();
            }

            var line = row.LineNumberFrom;
            string S(string column) => values.TryGetValue(column, out var v) ? v : throw new InvalidDataException($"states.csv: no column '{column}'");
            int? I(string column) => S(column) is { Length: > 0 } v ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
            long? L(string column) => S(column) is { Length: > 0 } v ? long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
            double? D(string column) => S(column) is { Length: > 0 } v ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
            try
            {
                states.Add(new WorldStateRecord(
                    S("iso3"), S("iso2"), I("iso_numeric"), S("name"), I("cow_code"), S("cow_abbrev"), I("gw_code"), S("un_member") == "true",
                    L("population"), D("life_expectancy"), D("area_km2"), S("government"), S("landlocked") == "true", D("lat"), D("lon"),
                    S("borders") is { Length: > 0 } b ? b.Split(';') : [], S("region"), S("subregion")));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"states.csv:{line}: {e.Message}", e);
            }
        }

        states.Sort((a, b) => string.CompareOrdinal(a.Iso3, b.Iso3));
        return states;
    }

    private static List<WorldCell> ReadCells(string text, Dictionary<string, int> index)
    {
        var cells = new List<WorldCell>();
        using var reader = Sep.New(',').Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromText(text);
        foreach (var row in reader)
        {
            var r = row["row"].Parse<int>();
            var c = row["col"].Parse<int>();
            var run = row["run"].Parse<int>();
            var iso3 = row["iso3"].ToString();
            if (r is < 0 or >= WorldCell.Rows || c < 0 || run < 1 || c + run > WorldCell.Columns || !index.TryGetValue(iso3, out var state))
            {
                throw new InvalidDataException($"cells.csv:{row.LineNumberFrom}: row {r}, col {c}, run {run}, {iso3}: outside the grid or not a state of states.csv");
            }

            for (var k = 0; k < run; k++)
            {
                cells.Add(new WorldCell(r, c + k, state));
            }
        }

        cells.Sort((a, b) => a.PrioGrid != b.PrioGrid ? a.PrioGrid.CompareTo(b.PrioGrid) : a.State.CompareTo(b.State));
        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i] == cells[i - 1])
            {
                throw new InvalidDataException($"cells.csv: cell {cells[i].PrioGrid} is given to {cells[i].State} twice");
            }
        }

        return cells;
    }

    private static string Resource(string file)
    {
        using var stream = typeof(WorldDataSet).Assembly.GetManifestResourceStream($"Westphalia.Data.world.{file}")
            ?? throw new InvalidOperationException($"the world data file {file} is not in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
