using System.ComponentModel.DataAnnotations;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>The balanced doctrine keeps a fixed tax rate and fixed budget shares (docs/ODD.md, Doctrines).</summary>
public sealed class BalancedDoctrineParameters : DoctrineParameters, IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Tax revenue as a share of output. Default 0.2 (IMF World Revenue Longitudinal Data: world median near 20%).")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Budget share for the military. Default 0.12: 2.4% of output at a 20% tax take (world military spending 2.2% of GDP, SIPRI 2019).")]
    [Range(0, 1)]
    public double Military { get; set; } = 0.12;

    [YamlMember(Order = 2, Description = "Budget share for welfare: health, education, food and social protection. Default 0.76, the rest of the budget: 15% of output (public health, education and social protection spending of 10-25% of GDP, IMF COFOG).")]
    [Range(0, 1)]
    public double Welfare { get; set; } = 0.76;

    [YamlMember(Order = 3, Description = "Budget share for police and public order. Default 0.10: 2% of output (public order and safety 1.5-3% of GDP, IMF COFOG).")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.10;

    [YamlMember(Order = 4, Description = "Budget share for foreign aid. Default 0.02: 0.4% of output (ODA of 0.3-0.7% of GNI from OECD DAC donors).")]
    [Range(0, 1)]
    public double Aid { get; set; } = 0.02;

    [YamlMember(Order = 5, Description = "Protection of civilians in [0, 1]: how far the government restrains its forces in a civil war. Default 0.5, halfway between indifference and the human-security doctrine's full protection.")]
    [Range(0, 1)]
    public double Protection { get; set; } = 0.5;

    [YamlMember(Order = 6, Description = "Share of its police's findings on transnational networks the state passes to Interpol, in [0, 1]. Default 0.5: members share many notices but not all (Interpol's notices are voluntary; docs/ODD.md, Interpol).")]
    [Range(0, 1)]
    public double Sharing { get; set; } = 0.5;

    [YamlMember(Order = 7, Description = "Share of military spending pledged to UN peacekeeping and Security Council-authorised forces. Default 0.01 (UN peacekeeping costs about 0.3% of world military spending; most states give less than their share of it).")]
    [Range(0, 1)]
    public double Peacekeeping { get; set; } = 0.01;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        var sum = Military + Welfare + Police + Aid;
        if (Math.Abs(sum - 1.0) > 1e-9)
        {
            context.Error("", $"budget shares military + welfare + police + aid must sum to 1, not {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }
}
