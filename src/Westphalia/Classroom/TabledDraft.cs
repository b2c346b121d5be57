using Westphalia.Mechanisms;

namespace Westphalia.Classroom;

/// <summary>A draft a team tabled for a turn, with the votes the Council-member teams have cast on it so far (by team).</summary>
public sealed record TabledDraft(int Number, string Team, UnMeasure Measure, string Target, IReadOnlyDictionary<string, UnVote> Votes);
