using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// What a run came to, in figures: the world at its first and last observation, the blocs and the wars between them,
/// wars, the United Nations, treaties, terror and Interpol. Written to summary.json and printed by the command line.
/// </summary>
public sealed record RunSummary(
    string Scenario,
    ulong Seed,
    int Years,
    int FirstYear,
    int LastYear,
    IReadOnlyList<SummaryIndicator> World,
    IReadOnlyList<Bloc> Blocs,
    BlocWarCounts WarsByBloc,
    BlocWarCounts CrisesByBloc,
    int BufferStates,
    int BufferStatesDied,
    int OtherStates,
    int OtherStatesDied,
    int CrisesConceded,
    int CrisesBackedDown,
    int CrisesEscalated,
    int InterstateWars,
    int CivilWars,
    int CivilWarsOngoing,
    int CivilWarsEndedInSecession,
    long CivilWarBattleDeaths,
    long CivilWarCiviliansKilled,
    int CivilWarsArmedFromOutside,
    int MassAtrocities,
    int CouncilDrafts,
    int Resolutions,
    int Vetoes,
    int SovereigntyOverrides,
    int TreatiesSigned,
    int TreatiesBroken,
    int TerrorAttacks,
    long TerrorDeaths,
    int TerrorAttacksFoiled,
    long InterpolNotices);
