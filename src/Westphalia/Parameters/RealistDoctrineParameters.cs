using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Westphalia.Conflict;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// The realist doctrine: traditional security by self-help. A fixed tax rate; the military share of the budget follows
/// Richardson's arms-race equation against the most threatening neighbour; a fixed police share; welfare takes the rest;
/// no foreign aid (docs/ODD.md, Doctrines; <see cref="Westphalia.Doctrines.RealistDoctrine"/>).
/// </summary>
/// <remarks>
/// The Richardson coefficients are reasoned calibrations, not estimates: Richardson (1960, <i>Arms and Insecurity</i>)
/// gives the form dM/dt = k·R − a·M + g, and the defaults are chosen so that (1) the race is stable, a &gt; k, as
/// peacetime military burdens mostly are, and (2) two identical neighbours settle where the world's military burden has
/// been since the end of the Cold War, about 2–3% of output (SIPRI: 2.2% of world GDP in 2019). In the symmetric case
/// the equilibrium burden is g / (a − k) (<see cref="RichardsonSystem.Equilibrium"/> of <see cref="SymmetricDyad"/>),
/// so g = (a − k) · 0.03 gives 3%. While output grows at a steady rate γ, spending that tracks g·Y lags behind it and the
/// burden settles at g / (a − k + γ) instead (about 2.1% at γ = 2% a year).
/// </remarks>
public sealed class RealistDoctrineParameters : DoctrineParameters, IScenarioValidatable
{
    /// <summary>The doctrine's stances and rules beyond its budget. Realists distrust institutions that cannot enforce and agreements that cannot be verified: they lean against overriding sovereignty (protection, enforcement), sign few treaties (willingness 0.2) and cheat more (0.1 a year) (Mearsheimer 1994/95, "The False Promise of International Institutions").</summary>
    public RealistDoctrineParameters()
    {
        Council = new CouncilStances { Condemnation = 0.2, Sanctions = 0.2, Peacekeeping = 0, Protection = -0.4, Enforcement = -0.2, CounterTerrorism = 0.4 };
        TreatyWillingness = 0.2;
        TreatyDefection = 0.1;
    }

    [YamlMember(Order = 0, Description = "Tax revenue as a share of output. Default 0.2, as the balanced doctrine (IMF World Revenue Longitudinal Data: world median near 20%).")]
    [Range(0, 1)]
    public double TaxRate { get; set; } = 0.2;

    [YamlMember(Order = 1, Description = "Richardson's defence (reaction) coefficient k, per year: how fast military spending rises per dollar of the rival level (the highest military burden among the neighbours, applied to the state's own output). Default 0.15, a reasoned calibration (Richardson 1960, Arms and Insecurity, gives the form): below the fatigue, so the race is stable; a state matches k/a = 75% of a lasting rise in its rival's spending.")]
    [Range(0, 10)]
    public double Reaction { get; set; } = 0.15;

    [YamlMember(Order = 2, Description = "Richardson's fatigue (expense) coefficient a, per year: how fast military spending falls per dollar of its own level. Default 0.2, a reasoned calibration: about a fifth of the effort is given up each year without a threat. The race between identical neighbours is stable when fatigue > reaction.")]
    [Range(0, 10)]
    public double Fatigue { get; set; } = 0.2;

    [YamlMember(Order = 3, Description = "Richardson's grievance g as a share of the state's own output per year (negative for goodwill). Default 0.0015 = (fatigue - reaction) x 0.03, so two identical neighbours settle at 3% of output (world military spending 2.2% of GDP in 2019, SIPRI 2020; 2-3% since 1990); a state with no neighbour settles at g/a = 0.75%, below the minimum share.")]
    [Range(-1, 1)]
    public double Grievance { get; set; } = 0.0015;

    [YamlMember(Order = 4, Description = "Smallest military share of the budget. Default 0.05: 1% of output at a 20% tax take, near the lowest burdens of states that keep armed forces (SIPRI: Japan near 1% of GDP, Mexico and Ireland below).")]
    [Range(0, 1)]
    public double MilitaryMin { get; set; } = 0.05;

    [YamlMember(Order = 5, Description = "Largest military share of the budget, where a runaway race stops. Default 0.5: 10% of output at a 20% tax take, near the highest peacetime burdens since 1990 (SIPRI: Saudi Arabia and Oman around 10% of GDP or more in the 2010s).")]
    [Range(0, 1)]
    public double MilitaryMax { get; set; } = 0.5;

    [YamlMember(Order = 6, Description = "Budget share for police and public order. Default 0.10: 2% of output at a 20% tax take, as the balanced doctrine (public order and safety 1.5-3% of GDP, IMF COFOG). Welfare takes what the military and police leave; there is no foreign aid (self-help).")]
    [Range(0, 1)]
    public double Police { get; set; } = 0.10;

    [YamlMember(Order = 7, Description = "Protection of civilians in [0, 1] in a civil war. Default 0.25: the state's survival comes first, civilians' safety after it (Valentino, Huth & Balch-Lindsay 2004 on counter-insurgency against civilians).")]
    [Range(0, 1)]
    public double Protection { get; set; } = 0.25;

    [YamlMember(Order = 8, Description = "Share of its police's findings on transnational networks the state passes to Interpol, in [0, 1]. Default 0.2: sovereignty and intelligence are guarded (self-help).")]
    [Range(0, 1)]
    public double Sharing { get; set; } = 0.2;

    [YamlMember(Order = 9, Description = "Share of military spending pledged to UN peacekeeping and Security Council-authorised forces. Default 0: self-help; forces are for the state's own defence.")]
    [Range(0, 1)]
    public double Peacekeeping { get; set; } = 0.0;

    [YamlMember(Order = 10, Description = "Factor on the reaction coefficient k while the state is alerted (fighting in or next to it, or a crisis it is party to): arms surge in crises and decay by fatigue once the alert lapses. Default 3, reasoned: k rises well above the fatigue, so a crisis roughly doubles the burden in two years, as the US burden went from 5% to 14% of GDP in 1950-53 (Korea; SIPRI, US budget historical tables); 1 switches the surge off (Richardson's constant k).")]
    [Range(0, 100)]
    public double CrisisReaction { get; set; } = 3;

    /// <summary>
    /// The race between two identical neighbours with output 1 (so levels are shares of output):
    /// <c>RichardsonSystem(k, k, a, a, g, g)</c>. Its <see cref="RichardsonSystem.IsStable"/> is a &gt; k and its
    /// equilibrium the symmetric burden g / (a − k).
    /// </summary>
    public RichardsonSystem SymmetricDyad() => new(Reaction, Reaction, Fatigue, Fatigue, Grievance, Grievance);

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (MilitaryMin > MilitaryMax)
        {
            context.Error("military_min", $"military_min ({Format(MilitaryMin)}) must not exceed military_max ({Format(MilitaryMax)})");
        }

        if (MilitaryMax + Police > 1 + 1e-12)
        {
            context.Error("military_max", $"military_max + police must be at most 1 so welfare is not negative, not {Format(MilitaryMax + Police)}");
        }
    }

    private static string Format(double x) => x.ToString(CultureInfo.InvariantCulture);
}
