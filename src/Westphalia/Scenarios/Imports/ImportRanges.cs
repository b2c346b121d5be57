using System.Globalization;

namespace Westphalia.Scenarios.Imports;

/// <summary>The ranges of imported figures: those of an explicit world's regions (docs/ODD.md §2.9, Bounds).</summary>
internal static class ImportRanges
{
    /// <summary>The most annual military spending a state may be given, US dollars: the most the world's output can be.</summary>
    public const double MaxMilitarySpending = 1e18;

    /// <summary>A population from 0 to the world population ceiling, in people; an error otherwise.</summary>
    public static bool Population(ImportCell cell, double people, ImportErrors errors)
    {
        if (people < 0)
        {
            errors.Add(cell, $"{cell.Quoted} is negative; a population is 0 or more people");
            return false;
        }

        if (people > ModelBounds.WorldPopulationCeiling)
        {
            errors.Add(cell, $"{cell.Quoted} is {people.ToString("N0", CultureInfo.InvariantCulture)} people, more than the world population ceiling of {ModelBounds.WorldPopulationCeiling.ToString("N0", CultureInfo.InvariantCulture)} (docs/ODD.md, Bounds)");
            return false;
        }

        return true;
    }

    /// <summary>An income per capita from $1 to the income ceiling, as an explicit region's; an error otherwise.</summary>
    public static bool Income(ImportCell cell, double dollars, ImportErrors errors)
    {
        if (dollars < 1 || dollars > ModelBounds.IncomeCeiling)
        {
            errors.Add(cell, $"{cell.Quoted} is out of range; an income per capita is from 1 to {ModelBounds.IncomeCeiling.ToString("N0", CultureInfo.InvariantCulture)} US dollars a year");
            return false;
        }

        return true;
    }

    /// <summary>Annual military spending from 0 to <see cref="MaxMilitarySpending"/>; an error otherwise.</summary>
    public static bool Military(ImportCell cell, double dollars, ImportErrors errors)
    {
        if (dollars < 0)
        {
            errors.Add(cell, $"{cell.Quoted} is negative; military spending is 0 or more US dollars a year");
            return false;
        }

        if (dollars > MaxMilitarySpending)
        {
            errors.Add(cell, $"{cell.Quoted} is out of range; military spending is at most {MaxMilitarySpending.ToString("0e0", CultureInfo.InvariantCulture)} US dollars a year");
            return false;
        }

        return true;
    }
}
