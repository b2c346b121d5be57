using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Output growth: conditional convergence toward a steady state (docs/ODD.md, submodel Economy).</summary>
public sealed class EconomyParameters
{
    [YamlMember(Order = 0, Description = "Growth of frontier income per capita, per year. Default 0.018 (Jones 2016, 'The Facts of Economic Growth': about 2% a year for 150 years). The frontier stops at the income ceiling of 10^7 dollars a year, or at 100 when it shrinks (docs/ODD.md, Bounds).")]
    [Range(-0.5, 0.5)]
    public double FrontierGrowth { get; set; } = 0.018;

    [YamlMember(Order = 1, Description = "Frontier income per capita at the start, US dollars a year. Default 60000 (US GDP per capita around 2015-2020, World Bank WDI).")]
    [Range(100, 1e7)]
    public double FrontierIncome { get; set; } = 60_000;

    [YamlMember(Order = 2, Description = "Rate of conditional convergence toward the steady state, per year. Default 0.02 (Barro & Sala-i-Martin 1992, 'the 2 percent rule').")]
    [Range(0, 1)]
    public double Convergence { get; set; } = 0.02;

    [YamlMember(Order = 3, Description = "Public investment in people (welfare spending as a share of output) at which its effect on steady-state income is half its maximum.")]
    [Range(1e-6, 1)]
    public double HumanCapitalHalfShare { get; set; } = 0.05;

    [YamlMember(Order = 4, Description = "Welfare spending share of output at which a region sits at its initial steady state. Default 0.152, the balanced doctrine's (0.2 tax x 0.76 welfare).")]
    [Range(1e-6, 1)]
    public double ReferenceWelfareShare { get; set; } = 0.152;

    [YamlMember(Order = 5, Description = "Standard deviation of the annual regional growth shock. Default 0.03 (volatility of annual GDP growth, Ramey & Ramey 1995).")]
    [Range(0, 1)]
    public double ShockSd { get; set; } = 0.03;

    [YamlMember(Order = 6, Description = "Share of a region's shock common to its whole state (the rest is regional).")]
    [Range(0, 1)]
    public double ShockStateShare { get; set; } = 0.7;
}
