namespace Westphalia.Scenarios.Imports;

/// <summary>The figures one row of a file sets for a state; null where it leaves the figure as it is.</summary>
internal sealed record StateChange(int State, long? Population, double? IncomePerCapita, double? MilitarySpending);
