using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Either a generator or an explicit list of regions and states, not both.</summary>
public sealed class WorldSpec : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Synthetic grid world grown from random capitals.")]
    public GridGeneratorSpec? Generator { get; set; }

    [YamlMember(Order = 1, Description = "Explicit regions (instead of a generator).")]
    public List<RegionSpec>? Regions { get; set; }

    [YamlMember(Order = 2, Description = "Explicit states (instead of a generator).")]
    public List<StateSpec>? States { get; set; }

    [YamlMember(Order = 3, Description = "A real world shipped with the program instead of a generator or explicit regions: 'world', today's sovereign states on a 0.5-degree grid (docs/ODD.md, The world scenario).")]
    public string? Data { get; set; }

    [YamlMember(Order = 4, Description = "Alliances in force at the start: a name and the names of the member states.")]
    public List<AllianceSpec> Alliances { get; set; } = [];

    [YamlMember(Order = 4, Description = "Files of data applied to the initial world, in order (a later one overrides an earlier one): { nmc: FILE, year: Y }, { contiguity: FILE, year: Y, max_type: 1 }, { attributes: FILE }; paths relative to the scenario file's folder (docs/ODD.md §6).")]
    public List<ImportSpec> Imports { get; set; } = [];

    [YamlIgnore]
    public bool IsExplicit => Regions is not null || States is not null;

    [YamlIgnore]
    public bool IsData => Data is not null;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (IsData)
        {
            if (Generator is not null || IsExplicit)
            {
                context.Error("data", "give a real world's data, a generator or explicit regions and states, not two of them");
            }
            else if (!RealWorld.WorldDataSet.Names.Contains(Data, StringComparer.Ordinal))
            {
                context.Error("data", $"no real world is named '{Data}'; shipped: {string.Join(", ", RealWorld.WorldDataSet.Names)}");
            }

            return;
        }

        if (Generator is not null && IsExplicit)
        {
            context.Error("generator", "give either a generator or explicit regions and states, not both");
            return;
        }

        if (Generator is null && !IsExplicit)
        {
            Generator = new GridGeneratorSpec();
            return;
        }

        if (Generator is not null)
        {
            if ((long)Generator.Width * Generator.Height > WorldFootprint.MaxRegions)
            {
                context.Error("generator", $"a {Generator.Width}x{Generator.Height} grid has {(long)Generator.Width * Generator.Height:N0} regions; at most {WorldFootprint.MaxRegions:N0}");
                return;
            }

            if (Generator.States > Generator.Width * Generator.Height)
            {
                context.Error("generator.states", $"{Generator.States} states do not fit on a {Generator.Width}x{Generator.Height} grid");
            }

            if (Generator.MajorPowers > Generator.States)
            {
                context.Error("generator.major_powers", $"{Generator.MajorPowers} major powers are more than the {Generator.States} states");
            }

            if (Generator.SpreadMajorPowers && Generator.MajorPowers > Generator.Width)
            {
                context.Error("generator.major_powers", $"{Generator.MajorPowers} major powers cannot be spread along a row {Generator.Width} cells wide");
            }

            return;
        }

        ValidateExplicit(context);
    }

    private void ValidateExplicit(ScenarioValidationContext context)
    {
        if (Regions is null || Regions.Count == 0)
        {
            context.Error("regions", "an explicit world needs at least one region");
            return;
        }

        if (States is null || States.Count == 0)
        {
            context.Error("states", "an explicit world needs at least one state");
            return;
        }

        WorldBoundsValidation.CheckExplicit(Regions, context);
        var regionNames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Regions.Count; i++)
        {
            if (!regionNames.TryAdd(Regions[i].Name, i))
            {
                context.Error($"regions[{i}].name", $"region name '{Regions[i].Name}' is used twice");
            }
        }

        var stateNames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < States.Count; i++)
        {
            if (!stateNames.TryAdd(States[i].Name, i))
            {
                context.Error($"states[{i}].name", $"state name '{States[i].Name}' is used twice");
            }
        }

        for (var i = 0; i < Regions.Count; i++)
        {
            var region = Regions[i];
            if (!stateNames.ContainsKey(region.Owner))
            {
                context.Error($"regions[{i}].owner", $"no state is named '{region.Owner}'; states are: {string.Join(", ", stateNames.Keys)}");
            }

            for (var j = 0; j < region.Neighbours.Count; j++)
            {
                if (!regionNames.ContainsKey(region.Neighbours[j]))
                {
                    context.Error($"regions[{i}].neighbours[{j}]", $"no region is named '{region.Neighbours[j]}'");
                }
                else if (region.Neighbours[j] == region.Name)
                {
                    context.Error($"regions[{i}].neighbours[{j}]", "a region cannot neighbour itself");
                }
            }
        }

        for (var i = 0; i < States.Count; i++)
        {
            var state = States[i];
            if (!regionNames.TryGetValue(state.Capital, out var capital))
            {
                context.Error($"states[{i}].capital", $"no region is named '{state.Capital}'");
            }
            else if (Regions[capital].Owner != state.Name)
            {
                context.Error($"states[{i}].capital", $"the capital '{state.Capital}' is owned by '{Regions[capital].Owner}', not by '{state.Name}'");
            }
        }
    }
}
