namespace Westphalia.Classroom;

/// <summary>
/// The mean outcomes of one group of states of the initial map after a turn: <see cref="Debrief.TeamsGroup"/> (the
/// teams' states) or <see cref="Debrief.ComputerGroup"/> (the computer-governed ones). State-level figures (alive, at
/// war, at civil war as shares; regions, population, forces in being) are means over all the group's states, dead
/// ones counting as dead with nothing; individual-level figures (income per head, life expectancy, deaths from
/// violence, the Human Security Index and its two pillars) are means over the living ones (a dead state has no people
/// of its own), NaN when none lives.
/// </summary>
public sealed record ClassOutcome(
    int Turn,
    string Group,
    int States,
    double Alive,
    double Regions,
    double Population,
    double MilitaryCapability,
    double AtWar,
    double AtCivilWar,
    double IncomePerCapita,
    double LifeExpectancy,
    double ViolentDeaths,
    double Hsi,
    double FreedomFromWant,
    double FreedomFromFear);
