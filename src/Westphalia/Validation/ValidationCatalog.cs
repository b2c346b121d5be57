namespace Westphalia.Validation;

/// <summary>Every validation target, in the order <c>westphalia validate all</c> runs them.</summary>
public static class ValidationCatalog
{
    public static IReadOnlyList<IValidationTarget> Targets { get; } =
    [
        new PopulationGrowthTarget(),
        new LifeExpectancyTarget(),
        new GeoSimTarget(),
        new WarSeverityTarget(),
        new CivilWarTarget(),
        new PeacekeepingTarget(),
        new CollectiveSecurityTarget(),
        new TerrorismTarget(),
        new CivilConflictTarget(),
        new ConsolidationTarget(),
        new DemographyPathTarget(),
        new WarFrequencyTarget(),
        new StateDeathTarget(),
    ];

    public static IValidationTarget? Find(string name) =>
        Targets.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
