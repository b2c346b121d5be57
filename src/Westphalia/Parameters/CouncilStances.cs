using System.ComponentModel.DataAnnotations;
using Westphalia.Mechanisms;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// How a doctrine leans on each measure the Security Council can take (docs/ODD.md §7.17): the stance is added to the
/// member's alliance ties and private signal, and the sum decides its vote (<see cref="CouncilVotingParameters"/>).
/// </summary>
public sealed class CouncilStances
{
    [YamlMember(Order = 0, Description = "Stance on a condemnation and a call to end the violence.")]
    [Range(-10, 10)]
    public double Condemnation { get; set; } = 0.6;

    [YamlMember(Order = 1, Description = "Stance on economic sanctions on the target.")]
    [Range(-10, 10)]
    public double Sanctions { get; set; } = 0.4;

    [YamlMember(Order = 2, Description = "Stance on a peacekeeping mission after a civil war.")]
    [Range(-10, 10)]
    public double Peacekeeping { get; set; } = 0.6;

    [YamlMember(Order = 3, Description = "Stance on a protection force under the Responsibility to Protect (an override of sovereignty).")]
    [Range(-10, 10)]
    public double Protection { get; set; } = 0.3;

    [YamlMember(Order = 4, Description = "Stance on collective enforcement against an aggressor (an override of sovereignty).")]
    [Range(-10, 10)]
    public double Enforcement { get; set; } = 0.2;

    [YamlMember(Order = 5, Description = "Stance on a call to share information against terrorism (after UNSCR 1373).")]
    [Range(-10, 10)]
    public double CounterTerrorism { get; set; } = 0.8;

    /// <summary>The stance on a measure.</summary>
    public double Of(UnMeasure measure) => measure switch
    {
        UnMeasure.Condemnation => Condemnation,
        UnMeasure.Sanctions => Sanctions,
        UnMeasure.Peacekeeping => Peacekeeping,
        UnMeasure.Protection => Protection,
        UnMeasure.Enforcement => Enforcement,
        UnMeasure.CounterTerrorism => CounterTerrorism,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a Council measure"),
    };
}
