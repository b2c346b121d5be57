using Westphalia.Scenarios;

namespace Westphalia.Classroom;

/// <summary>A team's orders for a turn (turns count from 1); a later submission for the same turn replaces an earlier one. The orders' own year and month are ignored: they are in force for the whole turn.</summary>
public sealed record OrdersSubmitted(int Turn, string Team, Orders Orders) : GameEvent;
