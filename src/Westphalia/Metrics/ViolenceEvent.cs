namespace Westphalia.Metrics;

/// <summary>UCDP's types of organised violence (UCDP GED codebook, <c>type_of_violence</c>).</summary>
public enum ViolenceType
{
    StateBased = 1,
    NonState = 2,
    OneSided = 3,
}

/// <summary>
/// One month of organised violence in one region, laid out like a row of UCDP's Georeferenced Event Dataset: the
/// conflict (<c>civil-N</c> or <c>war-N</c>), the two sides (side B empty for one-sided violence), the region and the
/// state it belongs to, the month, and deaths of side A, side B and civilians.
/// </summary>
public sealed record ViolenceEvent(
    ViolenceType Type,
    string Conflict,
    string SideA,
    string SideB,
    int Region,
    int State,
    int Tick,
    long DeathsA,
    long DeathsB,
    long DeathsCivilians)
{
    /// <summary>UCDP's best estimate: all deaths of the event.</summary>
    public long Best => DeathsA + DeathsB + DeathsCivilians;
}

/// <summary>One year of a state's civil-war risk: Fearon &amp; Laitin's covariates and the seeds' terms, as a row of a panel.</summary>
public sealed record CountryYear(
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
    bool Ongoing);
