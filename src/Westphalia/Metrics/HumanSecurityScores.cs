namespace Westphalia.Metrics;

/// <summary>The components and pillars of human security for one region, state or the world.</summary>
public readonly record struct HumanSecurityScores(
    double LifeExpectancy,
    double FoodSecurity,
    double ViolentDeathRate,
    double DisplacedShare,
    double IncomeIndex,
    double HealthIndex,
    double FoodIndex,
    double ViolenceIndex,
    double DisplacementIndex,
    double FreedomFromWant,
    double FreedomFromFear,
    double Index);
