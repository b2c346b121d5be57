using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>The balanced doctrine keeps a fixed tax rate and fixed budget shares (docs/ODD.md, Doctrines).</summary>
public sealed class BalancedDoctrineParameters : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Tax revenue as a share of output. Default 0.2 (IMF World Revenue Longitudinal Data: world median near 20%).")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Budget share for the military. Default 0.15 (world military spending near 2.2% of GDP, SIPRI 2019, over a 20% tax take = 0.11; rounded up for procurement).")]
    [Range(0, 1)]
    public double Military { get; set; } = 0.15;

    [YamlMember(Order = 2, Description = "Budget share for welfare: health, education, food and social protection.")]
    [Range(0, 1)]
    public double Welfare { get; set; } = 0.65;

    [YamlMember(Order = 3, Description = "Budget share for police and public order. Default 0.15 (public order and safety near 1.5-3% of GDP, IMF COFOG).")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.15;

    [YamlMember(Order = 4, Description = "Budget share for foreign aid. Default 0.05 (ODA of 0.3-0.7% of GNI, OECD DAC, over a 20% tax take).")]
    [Range(0, 1)]
    public double Aid { get; set; } = 0.05;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        var sum = Military + Welfare + Police + Aid;
        if (Math.Abs(sum - 1.0) > 1e-9)
        {
            context.Error("", $"budget shares military + welfare + police + aid must sum to 1, not {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }
}
