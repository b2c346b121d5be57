namespace Westphalia.Server.Play;

/// <summary>
/// A team's grade at the end of the turns resolved so far (<see cref="DebriefReport"/>): a state-security score and a
/// human-security score, each in [0, 1], and the grade, their mean weighted by the game's state-security weight.
/// </summary>
/// <param name="Team">The team.</param>
/// <param name="State">
/// The mean of: alive (1 or 0); regions at the end over regions at the start, capped at 1; the rank of its forces in
/// being among the teams' states, 1 for the strongest and 0 for the weakest (1 when there is one team).
/// </param>
/// <param name="Human">
/// The mean of: the Human Security Index at the end (0 once dead); the change in life expectancy since the first turn,
/// 0.5 for none, plus or minus 0.1 per year, clamped to [0, 1]; the share of turns without a violent death.
/// </param>
/// <param name="Grade">w · state + (1 − w) · human, w the game's state-security weight.</param>
public sealed record TeamGrade(string Team, double State, double Human, double Grade);
