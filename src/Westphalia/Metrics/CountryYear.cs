using MemoryPack;

namespace Westphalia.Metrics;

/// <summary>One year of a state's civil-war risk: Fearon &amp; Laitin's covariates and the seeds' terms, as a row of a panel.</summary>
[MemoryPackable]
public sealed partial record CountryYear(
    int Year,
    int State,
    string Name,
    double IncomePerCapita,
    double Income1985Thousands,
    double LogPopulation,
    double LogMountainous,
    bool Oil,
    bool NewState,
    bool Instability,
    bool PriorWar,
    double Neglect,
    double Repression,
    double Inequality,
    bool NeighbourWar,
    double Refugees,
    double PostWar,
    double Hazard,
    bool AtRisk,
    bool Onset,
    bool Ongoing,
    double YearsSinceWar,
    bool Peacekeeping);
