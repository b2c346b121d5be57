namespace Westphalia.Classroom;

/// <summary>
/// A state as a team sees it. The public fields (name, alive, number of regions, alliance: −1 for none) are always
/// known; the others are null where the team may not see them (<see cref="TeamView"/> says which).
/// </summary>
public sealed record StateRow(
    int Id,
    string Name,
    bool Alive,
    int Regions,
    int Alliance,
    long? Population = null,
    double? Output = null,
    double? MilitaryCapability = null,
    double? TaxRate = null,
    double? MilitaryShare = null,
    double? WelfareShare = null,
    double? PoliceShare = null,
    double? AidShare = null,
    double? Protection = null,
    double? Sharing = null,
    bool? AtCivilWar = null);
