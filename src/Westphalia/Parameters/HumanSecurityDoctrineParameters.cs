using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// The human-security doctrine: freedom from fear, the Canadian school. A fixed tax rate; a moderate military, a large
/// police share and modest foreign aid; welfare takes the rest; full protection of civilians; at civil war, budget moves
/// from welfare to police and the military to protect people (docs/ODD.md, Doctrines;
/// <see cref="Westphalia.Doctrines.HumanSecurityDoctrine"/>).
/// </summary>
/// <remarks>
/// The defaults are reasoned calibrations in the spirit of the middle powers that carried the agenda: Canada's
/// "freedom from fear" foreign policy (Axworthy; DFAIT 2000, <i>Freedom from Fear: Canada's Foreign Policy for Human
/// Security</i>) and the Human Security Network it founded with Norway (Lysøen Declaration, 1998; ministerial network
/// from 1999).
/// </remarks>
public sealed class HumanSecurityDoctrineParameters : DoctrineParameters, IScenarioValidatable
{
    /// <summary>The doctrine's stances and rules beyond its budget. The human-security school backs the Council's protection of people, the Responsibility to Protect above all (ICISS 2001).</summary>
    public HumanSecurityDoctrineParameters()
    {
        Council = new CouncilStances { Condemnation = 1.2, Sanctions = 0.6, Peacekeeping = 1.2, Protection = 1.2, Enforcement = 0.6, CounterTerrorism = 0.8 };
    }

    [YamlMember(Order = 0, Description = "Tax revenue as a share of output. Default 0.2, as the balanced doctrine (IMF World Revenue Longitudinal Data: world median near 20%), so doctrines differ in how they spend, not how much.")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Budget share for the military in peace. Default 0.10: 2% of output at a 20% tax take, a moderate military below the world's 2.2% of GDP (SIPRI 2019), as the Human Security Network's middle powers kept (Canada and Norway 1-2% of GDP in the 2000s, SIPRI).")]
    [Range(0, 1)]
    public double Military { get; set; } = 0.10;

    [YamlMember(Order = 2, Description = "Budget share for police and public order in peace. Default 0.15: 3% of output at a 20% tax take, the top of the range of public order and safety spending (1.5-3% of GDP, IMF COFOG) and above the balanced doctrine's 0.10: freedom from fear starts with policing that protects people.")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.15;

    [YamlMember(Order = 3, Description = "Budget share for foreign aid. Default 0.015: 0.3% of output at a 20% tax take, modest aid like Canada's ODA of 0.25-0.34% of GNI in the 2000s (OECD DAC). Welfare takes what the military, police and aid leave.")]
    [Range(0, 1)]
    public double Aid { get; set; } = 0.015;

    [YamlMember(Order = 4, Description = "Protection of civilians, in [0, 1]: how far the government restrains its own forces in a civil war (1 cuts its one-sided violence to the floor of the civil-war parameters). Default 1, full protection: the protection of civilians in armed conflict at the core of freedom from fear (UN Security Council resolution 1265 (1999); ICISS 2001, The Responsibility to Protect).")]
    [Range(0, 1)]
    public double Protection { get; set; } = 1.0;

    [YamlMember(Order = 8, Description = "Share of its police's findings on transnational networks the state passes to Interpol, in [0, 1]. Default 0.8: freedom from fear across borders needs police co-operation (the seeds: Interpol).")]
    [Range(0, 1)]
    public double Sharing { get; set; } = 0.8;

    [YamlMember(Order = 5, Description = "Budget share moved from welfare to the military while the state is at civil war. Default 0.05: 1% of output at a 20% tax take, as much as governments fighting a civil war add to military spending (about 1 percentage point of national income, Collier 2009, Wars, Guns, and Votes).")]
    [Range(0, 1)]
    public double CivilWarMilitary { get; set; } = 0.05;

    [YamlMember(Order = 6, Description = "Budget share moved from welfare to police while the state is at civil war. Default 0.05: another 1% of output, a reasoned calibration matching the military increment: the human-security state protects people where they live, not only the front.")]
    [Range(0, 1)]
    public double CivilWarPolice { get; set; } = 0.05;

    [YamlMember(Order = 7, Description = "Support for peacekeeping and intervention to protect: the share of its military spending the state pledges to UN peacekeeping and Security Council-authorised forces. Default 0.05, a reasoned calibration: about 15 times the world's average effort (the UN peacekeeping budget, $6.5 billion in 2019-20, is about 0.34% of world military spending, $1.9 trillion in 2019, SIPRI), in the Pearsonian tradition of the middle powers.")]
    [Range(0, 1)]
    public double PeacekeepingSupport { get; set; } = 0.05;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        var atWar = Military + Police + Aid + CivilWarMilitary + CivilWarPolice;
        if (atWar > 1 + 1e-12)
        {
            context.Error("", $"military + police + aid + civil_war_military + civil_war_police must be at most 1 so welfare is not negative at civil war, not {atWar.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
