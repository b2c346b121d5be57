using Westphalia.Mechanisms;

namespace Westphalia.Classroom;

/// <summary>
/// A team whose state sits on the Security Council tables a draft resolution during a turn: a measure on a target
/// state of the initial map (by name). The turn's drafts are numbered from 1 in the order proposed and put to the
/// Council at the turn's first month.
/// </summary>
public sealed record DraftProposed(int Turn, string Team, UnMeasure Measure, string Target) : GameEvent;
