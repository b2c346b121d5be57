using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// Cooperative security between rivals: arms-control treaties with confidence-building measures, kept, verified or
/// broken (docs/ODD.md, Cooperative security).
/// </summary>
public sealed class TreatyParameters
{
    [YamlMember(Order = 0, Description = "Whether rivals sign arms-control treaties.")]
    public bool Enabled { get; set; } = true;

    [YamlMember(Order = 1, Description = "Probability a year that two rival neighbours without a treaty negotiate one; it is signed if both are willing. Default 0.1.")]
    [Range(0, 1)]
    public double Negotiation { get; set; } = 0.1;

    [YamlMember(Order = 5, Description = "Share by which a party keeping the treaty cuts its arms reaction to its partner (the Richardson reaction coefficient toward it). Default 0.5.")]
    [Range(0, 1)]
    public double ReactionCut { get; set; } = 0.5;

    [YamlMember(Order = 6, Description = "Share by which confidence-building measures cut the probability that a crisis between the parties escalates to war. Default 0.5.")]
    [Range(0, 1)]
    public double EscalationCut { get; set; } = 0.5;

    [YamlMember(Order = 9, Description = "Probability a year that inspection detects a party's cheating; detected cheating ends the treaty. Default 0.5 (on-site inspection since the INF Treaty of 1987).")]
    [Range(0, 1)]
    public double Verification { get; set; } = 0.5;

    [YamlMember(Order = 10, Description = "Years after a treaty broken by detected cheating before the two negotiate again. Default 10.")]
    [Range(0, 1000)]
    public double DistrustYears { get; set; } = 10;
}
