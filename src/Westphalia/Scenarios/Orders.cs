using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>
/// One set of orders, in force from a month until the next set: the same decisions a doctrine takes, each left out
/// when the fallback doctrine is to take it.
/// </summary>
public sealed class Orders
{
    [YamlMember(Order = 0, Description = "Calendar year from which the orders are in force.")]
    [Range(1, 9999)]
    public int Year { get; set; } = 1;

    [YamlMember(Order = 1, Description = "Month (1 to 12) from which the orders are in force.")]
    [Range(1, 12)]
    public int Month { get; set; } = 1;

    [YamlMember(Order = 2, Description = "The budget: tax rate and shares; shares left out are those the fallback doctrine decides, and all are then scaled to sum to 1.")]
    public BudgetOrders? Budget { get; set; }

    [YamlMember(Order = 3, Description = "Votes in the Security Council, by measure: yes, no or abstain.")]
    public CouncilOrders? Council { get; set; }

    [YamlMember(Order = 4, Description = "Arms-control treaties: whether to sign one a rival negotiates, whether to cheat on those in force.")]
    public TreatyOrders? Treaties { get; set; }

    [YamlMember(Order = 5, Description = "War and crises.")]
    public WarOrders? War { get; set; }

    [YamlMember(Order = 6, Description = "Alliances.")]
    public AllianceOrders? Alliances { get; set; }

    [YamlMember(Order = 7, Description = "Arms for a side in another state's civil war, by the name of the state at war: government, rebels or none.")]
    public Dictionary<string, Governments.ProxySide>? Arm { get; set; }

    /// <summary>The tick from which the orders are in force, in a run starting in <paramref name="startYear"/>.</summary>
    public int Tick(int startYear) => ((Year - startYear) * 12) + Month - 1;
}
