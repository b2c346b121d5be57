namespace Westphalia.Conflict;

/// <summary>How a civil war ended.</summary>
public enum CivilWarOutcome
{
    Ongoing = 0,
    GovernmentVictory = 1,
    RebelVictory = 2,
    Secession = 3,
    Settlement = 4,

    /// <summary>The state itself died (conquered in an interstate war) during the civil war.</summary>
    StateDied = 5,
}
