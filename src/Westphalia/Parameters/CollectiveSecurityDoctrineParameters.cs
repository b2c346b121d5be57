using System.ComponentModel.DataAnnotations;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>The collective-security doctrine: the liberal-institutionalist answer (docs/ODD.md, Doctrines).</summary>
public sealed class CollectiveSecurityDoctrineParameters : DoctrineParameters, IScenarioValidatable
{
    /// <summary>The doctrine's stances and rules beyond its budget. Collective security puts the institutions first: yes to every measure the Council takes up, treaties first (willingness 1), and every member's forces stand by the victim of aggression (Claude 1962; Cusack &amp; Stoll 1994). It decides on war like any other state, by the odds its forces and the coalition that would stand by its target give it: what keeps the peace is deterrence and defence, not a rule that it never fights.</summary>
    public CollectiveSecurityDoctrineParameters()
    {
        Council = new CouncilStances { Condemnation = 1, Sanctions = 1, Peacekeeping = 1, Protection = 1, Enforcement = 1, CounterTerrorism = 1 };
        TreatyWillingness = 1;
        StandsByVictims = true;
    }

    [YamlMember(Order = 0, Description = "Tax revenue as a share of output. Default 0.2, as the balanced doctrine.")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Budget share for the military. Default 0.1: 2% of output at a 20% tax take, a force sized for a share in collective defence rather than for self-help.")]
    [Range(0, 1)]
    public double Military { get; set; } = 0.1;

    [YamlMember(Order = 2, Description = "Budget share for police. Default 0.1, as the balanced doctrine.")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.1;

    [YamlMember(Order = 3, Description = "Budget share for foreign aid. Default 0.03: 0.6% of output, near the UN target (multilateral institutions first).")]
    [Range(0, 1)]
    public double Aid { get; set; } = 0.03;

    [YamlMember(Order = 4, Description = "Protection of civilians in a civil war, in [0, 1]. Default 0.8: the norms the state subscribes to bind its own forces too.")]
    [Range(0, 1)]
    public double Protection { get; set; } = 0.8;

    [YamlMember(Order = 5, Description = "Share of its police's findings on transnational networks passed to Interpol. Default 1: full co-operation.")]
    [Range(0, 1)]
    public double Sharing { get; set; } = 1;

    [YamlMember(Order = 6, Description = "Share of military spending pledged to UN peacekeeping and Security Council-authorised forces. Default 0.1: the state contributes forces as a matter of course (Claude 1962, collective security as a duty of every member).")]
    [Range(0, 1)]
    public double Peacekeeping { get; set; } = 0.1;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (Military + Police + Aid > 1)
        {
            context.Error("", "budget shares military + police + aid must be at most 1");
        }
    }
}
