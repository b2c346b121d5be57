namespace Westphalia.Metrics;

/// <summary>
/// What a map of the real world shows at one date: each region's PRIO-GRID cell, owner (a state id) and Human Security
/// Index (NaN where unknown); each state's name and bloc (an alliance id, the founding member's state id; −1 for
/// none); the names of blocs that continue the data set's alliances (<see cref="RealMap.AllianceNames"/>); the scenario's
/// name and the date in words, for the title.
/// </summary>
public sealed record RealMapInput(
    string Scenario,
    string Date,
    IReadOnlyList<int> PrioGrid,
    IReadOnlyList<int> Owner,
    IReadOnlyList<double> Hsi,
    IReadOnlyList<string> StateNames,
    IReadOnlyList<int> Bloc,
    IReadOnlyDictionary<int, string> BlocNames);
