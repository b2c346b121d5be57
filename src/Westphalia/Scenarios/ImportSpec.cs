using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>
/// One file of data applied to the initial world (docs/ODD.md §6): exactly one of <c>nmc</c>, <c>contiguity</c> and
/// <c>attributes</c>. A relative path is read from the scenario file's folder; once loaded it is written back as a full
/// path, so that the scenario copied into a run folder reads the same file.
/// </summary>
public sealed class ImportSpec : IScenarioValidatable
{
    /// <summary>The first year of the Correlates of War's data.</summary>
    public const int FirstYear = 1816;

    [YamlMember(Order = 0, Description = "A COW National Material Capabilities file (NMC v5.0/v6.0 layout): population (tpop) and military spending (milex) for the year.")]
    [StringLength(4096)]
    public string? Nmc { get; set; }

    [YamlMember(Order = 1, Description = "A COW Direct Contiguity file (contdird.csv, directed dyads by year, or contdir.csv, dyads with begin and end): the states contiguous in the year become neighbours.")]
    [StringLength(4096)]
    public string? Contiguity { get; set; }

    [YamlMember(Order = 2, Description = "A CSV file of state attributes: one key column (cow_code, iso3 or name) and any of population, income_per_capita, military_spending.")]
    [StringLength(4096)]
    public string? Attributes { get; set; }

    [YamlMember(Order = 3, Description = "The year of the data read from an nmc or contiguity file (default: start_year).")]
    [Range(FirstYear, 9999)]
    public int? Year { get; set; }

    [YamlMember(Order = 4, Description = "Contiguity only: the widest contiguity type that makes states neighbours: 1 land or river border (default), 2 to 5 separated by up to 12, 24, 150 or 400 miles of water.")]
    [Range(1, 5)]
    public int? MaxType { get; set; }

    /// <summary>The kind of file, by the field that names it.</summary>
    [YamlIgnore]
    public ImportKind Kind => Nmc is not null ? ImportKind.Nmc : Contiguity is not null ? ImportKind.Contiguity : ImportKind.Attributes;

    /// <summary>The file's path, whichever field names it.</summary>
    [YamlIgnore]
    public string File => Nmc ?? Contiguity ?? Attributes ?? "";

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        var given = new[] { ("nmc", Nmc), ("contiguity", Contiguity), ("attributes", Attributes) }.Where(f => f.Item2 is not null).ToList();
        if (given.Count != 1)
        {
            context.Error(given.Count == 0 ? "" : given[1].Item1, given.Count == 0
                ? "an import names one file: nmc, contiguity or attributes"
                : $"an import names one file; this one names {string.Join(" and ", given.Select(g => g.Item1))} (write one import for each)");
            return;
        }

        if (Kind == ImportKind.Attributes && Year is not null)
        {
            context.Error("year", "an attributes file has no year: its rows are the states' figures to apply");
        }

        if (Kind != ImportKind.Contiguity && MaxType is not null)
        {
            context.Error("max_type", "max_type is for a contiguity file only");
        }

        var field = given[0].Item1;
        var path = given[0].Item2!;
        if (path.Length == 0)
        {
            context.Error(field, "the file name is empty");
            return;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(context.Folder, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            context.Error(field, $"'{ScenarioLoader.Shorten(path)}' is not a file name");
            return;
        }

        if (Directory.Exists(full))
        {
            context.Error(field, $"{full} is a folder, not a file");
        }
        else if (!System.IO.File.Exists(full))
        {
            context.Error(field, $"no such file: {full}");
        }

        switch (Kind)
        {
            case ImportKind.Nmc: Nmc = full; break;
            case ImportKind.Contiguity: Contiguity = full; break;
            default: Attributes = full; break;
        }
    }
}
