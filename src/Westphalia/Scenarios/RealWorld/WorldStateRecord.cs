namespace Westphalia.Scenarios.RealWorld;

/// <summary>
/// One sovereign state of the `world` data set (data/world/states.csv): its codes, the figures its sources give and its
/// land neighbours. A figure a source lacks is null.
/// </summary>
public sealed record WorldStateRecord(
    string Iso3,
    string Iso2,
    int? IsoNumeric,
    string Name,
    int? CowCode,
    string CowAbbreviation,
    int? GwCode,
    bool UnMember,
    long? Population,
    double? LifeExpectancy,
    double? AreaKm2,
    string Government,
    bool Landlocked,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Borders,
    string Region,
    string Subregion);
