namespace Westphalia.Classroom;

/// <summary>A state that sits on the Security Council: its name, whether its seat is permanent (with a veto), and the team that governs it (null: the computer).</summary>
public sealed record CouncilSeat(string State, bool Permanent, string? Team);
