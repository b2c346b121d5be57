using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Budget orders (docs/ODD.md §7.1): each left out is the fallback doctrine's.</summary>
public sealed class BudgetOrders
{
    [YamlMember(Order = 0, Description = "Tax revenue as a share of output.")]
    [Range(0, 1)]
    public double? TaxRate { get; set; }

    [YamlMember(Order = 1, Description = "Budget share for the military.")]
    [Range(0, 1)]
    public double? Military { get; set; }

    [YamlMember(Order = 2, Description = "Budget share for welfare.")]
    [Range(0, 1)]
    public double? Welfare { get; set; }

    [YamlMember(Order = 3, Description = "Budget share for police.")]
    [Range(0, 1)]
    public double? Police { get; set; }

    [YamlMember(Order = 4, Description = "Budget share for foreign aid.")]
    [Range(0, 1)]
    public double? Aid { get; set; }

    [YamlMember(Order = 5, Description = "Protection of civilians in a civil war, 0 to 1.")]
    [Range(0, 1)]
    public double? Protection { get; set; }

    [YamlMember(Order = 6, Description = "Share of its police's findings passed to Interpol, 0 to 1.")]
    [Range(0, 1)]
    public double? Sharing { get; set; }

    [YamlMember(Order = 7, Description = "Share of military spending pledged to UN peacekeeping, 0 to 1.")]
    [Range(0, 1)]
    public double? Peacekeeping { get; set; }
}
