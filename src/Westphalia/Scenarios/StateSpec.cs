using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

public sealed class StateSpec
{
    [YamlMember(Order = 0)]
    public string Name { get; set; } = "";

    [YamlMember(Order = 1, Description = "Name of the capital region, which the state must own.")]
    public string Capital { get; set; } = "";

    [YamlMember(Order = 2, Description = "Correlates of War country code, for a real state (optional; written in wars.csv and matched by the importers).")]
    [System.ComponentModel.DataAnnotations.Range(1, 999)]
    public int? CowCode { get; set; }

    [YamlMember(Order = 3, Description = "Gleditsch-Ward state number, for a real state (optional; written in the UCDP-style files).")]
    [System.ComponentModel.DataAnnotations.Range(1, 999)]
    public int? GwCode { get; set; }

    [YamlMember(Order = 4, Description = "ISO 3166-1 alpha-3 code, for a real state (optional).")]
    public string? Iso3 { get; set; }
}
