using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// The human-development doctrine: freedom from want, the UNDP school. A fixed tax rate; a low military and little
/// police; a high welfare share; development aid at the UN target of 0.7% of national income when the state is a donor
/// (its income per capita at least the median of living states, times a threshold); half protection of civilians
/// (docs/ODD.md, Doctrines; <see cref="Westphalia.Doctrines.HumanDevelopmentDoctrine"/>).
/// </summary>
/// <remarks>
/// Grounded in UNDP's <i>Human Development Report 1994</i> (human security as freedom from want as well as fear;
/// "capturing the peace dividend" by moving military spending to human development; the 20:20 compact) and the ODA
/// target of UN General Assembly resolution 2626 (XXV) of 1970.
/// </remarks>
public sealed class HumanDevelopmentDoctrineParameters : DoctrineParameters, IScenarioValidatable
{
    /// <summary>The doctrine's stances and rules beyond its budget. The human-development school is wary of sanctions, which hurt the poor they are meant to spare (UNDP 1994), and backs peacekeeping.</summary>
    public HumanDevelopmentDoctrineParameters()
    {
        Council = new CouncilStances { Condemnation = 0.6, Sanctions = 0, Peacekeeping = 0.8, Protection = 0.5, Enforcement = 0.2, CounterTerrorism = 0.8 };
    }

    [YamlMember(Order = 0, Description = "Tax revenue as a share of output. Default 0.2, as the balanced doctrine (IMF World Revenue Longitudinal Data: world median near 20%), so doctrines differ in how they spend, not how much.")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Budget share for the military. Default 0.05: 1% of output at a 20% tax take, near the lowest burdens of states that keep armed forces (SIPRI: Japan near 1% of GDP): the peace dividend moved to human development (UNDP, Human Development Report 1994).")]
    [Range(0, 1)]
    public double Military { get; set; } = 0.05;

    [YamlMember(Order = 2, Description = "Budget share for police and public order. Default 0.05: 1% of output at a 20% tax take, below the usual 1.5-3% of GDP (IMF COFOG): freedom from want puts development before policing.")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.05;

    [YamlMember(Order = 3, Description = "Development aid a donor gives, as a share of its output (national income). Default 0.007: the UN target of 0.7% of GNP in official development assistance (UN General Assembly resolution 2626 (XXV), 1970, para. 43). A state that is not a donor gives none. Welfare takes what the military, police and aid leave.")]
    [Range(0, 1)]
    public double AidTarget { get; set; } = 0.007;

    [YamlMember(Order = 4, Description = "Who is a donor: a state whose income per capita is at least this multiple of the median income per capita of the living states. Default 1: the richer half gives and the poorer half, the half that draws on the aid pool at the default recipient_quantile 0.5 (parameters.aid), does not.")]
    [Range(0, 1000)]
    public double DonorThreshold { get; set; } = 1.0;

    [YamlMember(Order = 5, Description = "Protection of civilians, in [0, 1]: how far the government restrains its own forces in a civil war (1 cuts its one-sided violence to the floor of the civil-war parameters). Default 0.5, a reasoned middle value: the UNDP school names freedom from violence among the components of human security (Human Development Report 1994) but puts want before fear.")]
    [Range(0, 1)]
    public double Protection { get; set; } = 0.5;

    [YamlMember(Order = 6, Description = "Share of its police's findings on transnational networks the state passes to Interpol, in [0, 1]. Default 0.5, as the balanced doctrine.")]
    [Range(0, 1)]
    public double Sharing { get; set; } = 0.5;

    [YamlMember(Order = 7, Description = "Share of military spending pledged to UN peacekeeping and Security Council-authorised forces. Default 0.01, as the balanced doctrine.")]
    [Range(0, 1)]
    public double Peacekeeping { get; set; } = 0.01;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (Military + Police > 1 + 1e-12)
        {
            context.Error("", $"military + police must be at most 1 so welfare is not negative, not {(Military + Police).ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
