using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// Civil war: onset after Fearon &amp; Laitin (2003, Table 1 Model 1) plus the terms the seeds name, rebel-held
/// territory, insurgent attrition, the ways wars end, one-sided violence and proxy support (docs/ODD.md §7.5, with the source or the reasoning for every default).
/// </summary>
public sealed class CivilWarParameters
{
    [YamlMember(Order = 0, Description = "Whether civil wars happen at all (scripted ones included).")]
    public bool Enabled { get; set; } = true;

    [YamlMember(Order = 1, Description = "Whether civil wars break out on their own, by the onset hazard; scripted ones break out either way.")]
    public bool Onsets { get; set; } = true;

    // Onset: Fearon & Laitin (2003), Table 1, Model 1.
    [YamlMember(Order = 2, Description = "Logit constant. Default -6.731 (Fearon & Laitin 2003, Table 1, Model 1).")]
    [Range(-50, 50)]
    public double Constant { get; set; } = -6.731;

    [YamlMember(Order = 3, Description = "Per $1,000 of income per capita in 1985 dollars. Default -0.344 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double Income { get; set; } = -0.344;

    [YamlMember(Order = 4, Description = "Per unit of ln(population in thousands). Default 0.263 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double LogPopulation { get; set; } = 0.263;

    [YamlMember(Order = 5, Description = "Per unit of ln(1 + % of the territory mountainous). Default 0.219 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double LogMountainous { get; set; } = 0.219;

    [YamlMember(Order = 6, Description = "Oil exporter (oil regions yield at least oil_exporter_share of output). Default 0.858 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double Oil { get; set; } = 0.858;

    [YamlMember(Order = 7, Description = "New state: in its first two years. Default 1.709 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double NewState { get; set; } = 1.709;

    [YamlMember(Order = 8, Description = "Instability: lost territory, a regime change or a fall of income of recession_threshold or more in the last three years. Default 0.618 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double Instability { get; set; } = 0.618;

    [YamlMember(Order = 9, Description = "Prior war: a civil war in the state during the previous year. Default -0.954 (Fearon & Laitin 2003).")]
    [Range(-10, 10)]
    public double PriorWar { get; set; } = -0.954;

    // The seeds' terms.
    [YamlMember(Order = 10, Description = "State neglect: 1 - s(welfare effort)/s(reference effort), floored at 0. Default 1.0 (Taydas & Peksen 2012: welfare spending lowers onset risk; docs/ODD.md).")]
    [Range(-10, 10)]
    public double Neglect { get; set; } = 1.0;

    [YamlMember(Order = 11, Description = "Repression: ln(1 + civilians the government killed per 100,000 over the last five years). Default 0.2 (Regan & Norton 2005).")]
    [Range(-10, 10)]
    public double Repression { get; set; } = 0.2;

    [YamlMember(Order = 12, Description = "Inequality between regions: population-weighted s.d. of ln regional income, above inequality_reference. Default 1.0 (Østby 2008; Cederman, Weidmann & Gleditsch 2011).")]
    [Range(-10, 10)]
    public double Inequality { get; set; } = 1.0;

    [YamlMember(Order = 13, Description = "S.d. of ln regional income at which the inequality term is zero. Default 0.3, about the generator's within-state spread.")]
    [Range(0, 5)]
    public double InequalityReference { get; set; } = 0.3;

    [YamlMember(Order = 14, Description = "Spill-over: a neighbouring state at civil war. Default 0.3 (Hegre & Sambanis 2006; Buhaug & Gleditsch 2008).")]
    [Range(-10, 10)]
    public double NeighbourWar { get; set; } = 0.3;

    [YamlMember(Order = 15, Description = "Refugees: per unit of ln(1 + refugees hosted per 1,000 people). Default 0.1 (Salehyan & Gleditsch 2006).")]
    [Range(-10, 10)]
    public double Refugees { get; set; } = 0.1;

    [YamlMember(Order = 16, Description = "Conflict trap: added in the year after a civil war, decaying with years of peace. Default 0.2129, fitted by `westphalia calibrate examples/calibration/civil-war.yaml` to Walter's (2010) 57% relapse on seeds 1-20 (docs/VALIDATION.md).")]
    [Range(-10, 10)]
    public double PostWar { get; set; } = 0.21292190551757798;

    [YamlMember(Order = 17, Description = "Years of peace over which the conflict-trap term falls by the factor e. Default 10 (Collier et al. 2003: the risk stays high for about a decade).")]
    [Range(0.1, 1000)]
    public double PostWarYears { get; set; } = 10;

    [YamlMember(Order = 18, Description = "Dollars of the model's year per 1985 dollar, to read Fearon & Laitin's income coefficient. Default 2.4 (US CPI, 1985 to 2020).")]
    [Range(0.01, 100)]
    public double IncomeDeflator { get; set; } = 2.4;

    [YamlMember(Order = 19, Description = "Ruggedness at and above which a region counts as mountainous. Default 0.5.")]
    [Range(0, 1)]
    public double MountainousRuggedness { get; set; } = 0.5;

    [YamlMember(Order = 20, Description = "Share of output from oil regions that makes a state an oil exporter. Default 0.2 (Fearon & Laitin: fuel exports over a third of export earnings).")]
    [Range(0, 1)]
    public double OilExporterShare { get; set; } = 0.2;

    [YamlMember(Order = 21, Description = "Fall of income per capita in a year that counts as instability. Default 0.05.")]
    [Range(0, 1)]
    public double RecessionThreshold { get; set; } = 0.05;

    // Dynamics.
    [YamlMember(Order = 22, Description = "Probability that rebels starting far from the capital fight for secession rather than for the government. Default 0.5 (about half of UCDP's intrastate conflicts are over territory).")]
    [Range(0, 1)]
    public double SecessionistShare { get; set; } = 0.5;

    [YamlMember(Order = 23, Description = "Rebel fighters at the outbreak: a small band, whatever the size of the state. Default 200 (Fearon & Laitin 2003: insurgency starts as small, lightly armed bands; the NPA began with about 60 fighters in 1969, the FARC with about 50 in 1964, Castro's landing with 82 in 1956).")]
    [Range(0, 1e7)]
    public double InitialFighters { get; set; } = 200;

    [YamlMember(Order = 24, Description = "Fighters the rebels can keep in the field per person of the regions they hold (a quarter of their home region while they hold none), at the reference income: the ceiling of their numbers. Default 0.002.")]
    [Range(0, 1)]
    public double Recruitment { get; set; } = 0.002;

    [YamlMember(Order = 25, Description = "Income per capita at which the rebels' potential and recruitment rate are at their reference level; both rise with the square root of reference over income (at most twice the reference) (Collier & Hoeffler 2004: forgone earnings). Default 5,000.")]
    [Range(1, 1e7)]
    public double RecruitmentIncome { get; set; } = 5000;

    [YamlMember(Order = 26, Description = "Share of the government's forces in being committed against the rebels. Default 0.5.")]
    [Range(0, 1)]
    public double Deployment { get; set; } = 0.5;

    [YamlMember(Order = 27, Description = "Forces in being per government soldier, in years of the state's income per capita (equipment, training and pay scale with wages). Default 20.")]
    [Range(0.01, 1e6)]
    public double SoldierCostYears { get; set; } = 20;

    [YamlMember(Order = 28, Description = "Government soldiers a rebel fighter is worth, times (1 + terrain_cover x ruggedness). Default 3 (guerrillas fight dispersed and unseen: Deitchman 1962).")]
    [Range(0, 1000)]
    public double RebelEffectiveness { get; set; } = 3;

    [YamlMember(Order = 29, Description = "Extra worth of a rebel fighter per unit of ruggedness. Default 1 (Fearon & Laitin 2003: rough terrain favours insurgents).")]
    [Range(0, 100)]
    public double TerrainCover { get; set; } = 1;

    [YamlMember(Order = 30, Description = "Rebel losses a year per fighter, at an even balance of forces. Default 0.4.")]
    [Range(0, 100)]
    public double RebelAttrition { get; set; } = 0.4;

    [YamlMember(Order = 31, Description = "Government losses a year per rebel fighter, at an even balance of forces. Default 0.2.")]
    [Range(0, 100)]
    public double GovernmentAttrition { get; set; } = 0.2;

    [YamlMember(Order = 32, Description = "Share of losses that are deaths (the rest wounded, captured or deserted). Default 0.5.")]
    [Range(0, 1)]
    public double KilledShare { get; set; } = 0.5;

    [YamlMember(Order = 33, Description = "Probability a month that a front moves: rebels take a region with probability equal to their share of strength, else the government takes one back. Default 0.1.")]
    [Range(0, 1)]
    public double FrontMovement { get; set; } = 0.1;

    [YamlMember(Order = 34, Description = "Rebel fighters below which the rebellion is broken up (a government victory). Default 10: fewer than a squad is no armed group.")]
    [Range(0, 1e9)]
    public double DefeatFighters { get; set; } = 10;

    [YamlMember(Order = 35, Description = "Monthly probability of a negotiated settlement at a stalemate (even strength), scaled by 4s(1 - s) for rebel share s. Default 0.014, set by hand toward Collier et al.'s (2003) mean of about seven years and not fitted: the mean duration cannot tell settlements from victories apart (docs/VALIDATION.md).")]
    [Range(0, 1)]
    public double Settlement { get; set; } = 0.014;

    [YamlMember(Order = 36, Description = "Monthly probability of a decisive victory, times the winner's share of strength (for rebels fighting for the government: taking power). Default 0.01233, fitted by `westphalia calibrate examples/calibration/civil-war.yaml` to Collier et al.'s (2003) mean duration of about seven years on seeds 1-20 (docs/VALIDATION.md).")]
    [Range(0, 1)]
    public double Victory { get; set; } = 0.012328254699707029;

    [YamlMember(Order = 37, Description = "Monthly probability that secessionists holding territory win independence, times their share of strength s. Default 0.011.")]
    [Range(0, 1)]
    public double Secession { get; set; } = 0.011;

    // One-sided violence.
    [YamlMember(Order = 38, Description = "Civilians the government kills per 100,000 people of contested regions a year, times the rebels' share of strength, times the war's brutality. Default 40 (Valentino, Huth & Balch-Lindsay 2004: mass killing as counter-insurgency).")]
    [Range(0, 1e5)]
    public double GovernmentViolence { get; set; } = 40;

    [YamlMember(Order = 39, Description = "Civilians rebels kill per 100,000 people of the regions they hold a year, times one minus their share of strength, times brutality. Default 20 (Wood 2010: weaker rebels kill more).")]
    [Range(0, 1e5)]
    public double RebelViolence { get; set; } = 20;

    [YamlMember(Order = 40, Description = "S.d. of the log-normal brutality drawn for each war (median 1). Default 1.2, so atrocities are rare and heavy-tailed.")]
    [Range(0, 10)]
    public double BrutalitySd { get; set; } = 1.2;

    [YamlMember(Order = 41, Description = "Share of the government's violence a full protection policy prevents. Default 0.9.")]
    [Range(0, 1)]
    public double ProtectionEffect { get; set; } = 0.9;

    [YamlMember(Order = 42, Description = "Civilians killed by one perpetrator within twelve months that make a mass atrocity. Default 1,000 (Ulfelder & Valentino 2008, mass killing).")]
    [Range(1, 1e9)]
    public double AtrocityThreshold { get; set; } = 1000;

    // Proxy conflict.
    [YamlMember(Order = 43, Description = "Major powers that may arm a side: the strongest living states by capability index. Default 5; 0 turns proxy support off.")]
    [Range(0, 1000)]
    public int Patrons { get; set; } = 5;

    [YamlMember(Order = 44, Description = "Probability that a major power takes an interest in a given civil war at all (drawn once for the pair). Default 0.5 (Regan 2002: outside parties intervened in about two in three civil wars of 1944-1999, by arms and troops alike).")]
    [Range(0, 1)]
    public double ProxyPropensity { get; set; } = 0.5;

    [YamlMember(Order = 45, Description = "Share of a patron's forces in being sent as arms each year to a side it supports. Default 0.0002.")]
    [Range(0, 1)]
    public double ProxyArms { get; set; } = 0.0002;

    [YamlMember(Order = 46, Description = "Dollars of arms a year per rebel fighter kept in the field. Default 20,000.")]
    [Range(1, 1e9)]
    public double ArmsPerFighter { get; set; } = 20_000;

    [YamlMember(Order = 47, Description = "Share by which outside arms cut the probability that the side they reach is beaten, and arms to either side the probability of a settlement. Default 0.5 (Regan 2002: outside intervention lengthens civil wars).")]
    [Range(0, 1)]
    public double ProxyProlongs { get; set; } = 0.5;

    // Growth of the insurgency.
    [YamlMember(Order = 48, Description = "Recruits a year per rebel fighter at the reference income, while the rebels are far below their ceiling (recruitment through the fighters' own networks), times the poverty factor and 1 - F/ceiling. Default 0.6 (reasoned from case histories: net growth of about 0.2-0.6 a year in the first decade of the NPA, the FARC and Nepal's Maoists, plus the model's losses of about 0.8 a year per fighter against a much stronger government, at about twice the reference poverty).")]
    [Range(0, 100)]
    public double RecruitmentRate { get; set; } = 0.6;
}
