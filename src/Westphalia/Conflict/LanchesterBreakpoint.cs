namespace Westphalia.Conflict;

/// <summary>
/// When a Lanchester square-law battle (Lanchester 1916) ends because one side reaches its breakpoint: the fraction
/// of its initial force whose loss makes it break off the fight (Helmbold 1964, "Some observations on the use of
/// Lanchester's theory for prediction", <i>Operations Research</i> 12(5):778–781, used breakpoints rather than
/// annihilation to fit historical battles).
/// </summary>
/// <param name="Broken">The side that breaks first, or <see cref="LanchesterSide.None"/> when neither ever does.</param>
/// <param name="Time">The time at which it breaks (+∞ when neither does).</param>
/// <param name="Red">Red's force at that time (when neither breaks, the limit as t → ∞).</param>
/// <param name="Blue">Blue's force at that time (when neither breaks, the limit as t → ∞).</param>
public readonly record struct LanchesterBreakpoint(LanchesterSide Broken, double Time, double Red, double Blue);
