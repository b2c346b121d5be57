using Westphalia.Mechanisms;

namespace Westphalia.Classroom;

/// <summary>
/// A Council-member team's vote on one of the drafts tabled for a turn (<paramref name="Draft"/>: its number among
/// that turn's drafts, from 1); a later vote by the same team on the same draft replaces this one.
/// </summary>
public sealed record CouncilVoteCast(int Turn, string Team, int Draft, UnVote Vote) : GameEvent;
