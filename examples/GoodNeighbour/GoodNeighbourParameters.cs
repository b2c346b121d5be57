using System.ComponentModel.DataAnnotations;
using Westphalia.Parameters;
using YamlDotNet.Serialization;

namespace GoodNeighbour;

/// <summary>
/// The good-neighbour doctrine's parameters, read from <c>doctrines.plugins.good-neighbour</c> in a scenario. The
/// inherited ones (Council stances, treaties, war rules) get this doctrine's own defaults in the constructor.
/// </summary>
public sealed class GoodNeighbourParameters : DoctrineParameters
{
    public GoodNeighbourParameters()
    {
        Council = new CouncilStances { Condemnation = 1, Sanctions = 0.5, Peacekeeping = 1.2, Protection = 1, Enforcement = 0.8, CounterTerrorism = 1 };
        TreatyWillingness = 0.9;
        InitiatesWars = false;
        StandsByVictims = true;
    }

    [YamlMember(Order = 0, Description = "Tax revenue as a share of output.")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Budget share for the military.")]
    [Range(0, 1)]
    public double Military { get; set; } = 0.08;

    [YamlMember(Order = 2, Description = "Budget share for police.")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.1;

    [YamlMember(Order = 3, Description = "Budget share for foreign aid in a quiet neighbourhood.")]
    [Range(0, 1)]
    public double Aid { get; set; } = 0.04;

    [YamlMember(Order = 4, Description = "Budget share moved from welfare to aid while a neighbour is at civil war.")]
    [Range(0, 1)]
    public double Surge { get; set; } = 0.06;

    [YamlMember(Order = 5, Description = "Share of military spending pledged to UN peacekeeping.")]
    [Range(0, 1)]
    public double Peacekeeping { get; set; } = 0.15;
}
