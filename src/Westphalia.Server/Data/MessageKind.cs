namespace Westphalia.Server.Data;

/// <summary>What a message is: between teams, a team's public statement, or an instructor's inject.</summary>
public enum MessageKind
{
    /// <summary>From one team to another; the two teams and the instructor read it (everyone once the game is over).</summary>
    Private,

    /// <summary>A team's public communiqué: every team and observer reads it.</summary>
    Communique,

    /// <summary>An instructor's news item, to every team or one.</summary>
    News,

    /// <summary>An instructor's intelligence report, to one team (or all).</summary>
    Intelligence,

    /// <summary>An instructor's crisis: a situation the teams must answer this turn.</summary>
    Crisis,
}
