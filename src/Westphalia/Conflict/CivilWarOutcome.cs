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

    /// <summary>
    /// The fighting fell below 25 battle deaths in a calendar year (UCDP's threshold of an active conflict): the
    /// conflict ends by low activity, with neither side beaten and no agreement (Kreutz 2010).
    /// </summary>
    LowActivity = 6,
}
