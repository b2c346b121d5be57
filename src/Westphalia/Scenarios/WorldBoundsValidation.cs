using System.Globalization;

namespace Westphalia.Scenarios;

/// <summary>Refuses an explicit world that starts beyond the model's bounds (docs/ODD.md §2.9, Bounds).</summary>
internal static class WorldBoundsValidation
{
    /// <summary>The regions together must hold at most the world population ceiling.</summary>
    public static void CheckExplicit(IReadOnlyList<RegionSpec> regions, ScenarioValidationContext context)
    {
        long total = 0;
        for (var i = 0; i < regions.Count; i++)
        {
            // Each region is at most the ceiling (its range), so the running total cannot overflow before it passes it.
            total += regions[i].Population;
            if (total > ModelBounds.WorldPopulationCeiling)
            {
                context.Error($"regions[{i}].population",
                    $"the regions up to this one hold {total.ToString("N0", CultureInfo.InvariantCulture)} people, more than the world population ceiling of "
                    + $"{ModelBounds.WorldPopulationCeiling.ToString("N0", CultureInfo.InvariantCulture)} (docs/ODD.md, Bounds)");
                return;
            }
        }
    }
}
