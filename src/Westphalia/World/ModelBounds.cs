namespace Westphalia;

/// <summary>
/// The model's ceilings (docs/ODD.md §2.9, Bounds). Money is kept in whole dollars in 64-bit integers so that budgets
/// balance exactly; nothing else would stop output from growing without limit (population by births, income by
/// growth), so the model bounds both: births stop at the world population ceiling and growth at the income ceiling.
/// World output is then at most 10^11 × $10^7 = $10^18 a year, and every yearly money sum at most twice that (tax plus
/// the aid given from the previous month's tax), below 2^63 ≈ 9.2 × 10^18 with a margin of four and a half.
/// </summary>
public static class ModelBounds
{
    /// <summary>The world's population never exceeds this many people: births are held back so as not to pass it.</summary>
    public const long WorldPopulationCeiling = 100_000_000_000;

    /// <summary>Income per capita does not grow past this, US dollars a year; the frontier stops at it too.</summary>
    public const double IncomeCeiling = 1e7;

    /// <summary>The frontier income does not fall below this, US dollars a year (the lowest frontier income allowed).</summary>
    public const double FrontierFloor = 100;

    /// <summary>
    /// The most expected deaths a month can take, as a violent death rate per 100,000 people a year: everyone, within the
    /// month. A higher rate means nothing more and is recorded as this.
    /// </summary>
    public const double ViolentDeathRateCeiling = 12 * 100_000;
}
