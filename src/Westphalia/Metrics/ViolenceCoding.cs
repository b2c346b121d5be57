using System.Globalization;
using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The UCDP identifiers of a list of violence events, shared by the event list and the armed-conflict list so that
/// their numbers agree: each event's conflict as the conflict lists count it (an interstate war merged into another
/// counts as that one), conflict, dyad and actor numbers in order of first appearance (actor 1 is "Civilians", UCDP's
/// side B of one-sided violence), and the state a side named "Government of X" was.
/// </summary>
internal sealed class ViolenceCoding
{
    public const string GovernmentOf = "Government of ";

    /// <summary>UCDP's side B of one-sided violence, and its actor number.</summary>
    public const string Civilians = "Civilians";

    public const int CiviliansId = 1;

    private readonly StateTable _states;
    private readonly Dictionary<string, List<int>> _slotsByName = new(StringComparer.Ordinal);

    public ViolenceCoding(IReadOnlyList<ViolenceEvent> events, World world, WarRegistry? wars)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(world);
        _states = world.States;
        for (var s = 0; s < _states.Count; s++)
        {
            if (_states.Name[s] is { Length: > 0 } name)
            {
                if (!_slotsByName.TryGetValue(name, out var slots))
                {
                    slots = [];
                    _slotsByName.Add(name, slots);
                }

                slots.Add(s);
            }
        }

        Conflict = new string[events.Count];
        Actors[Civilians] = CiviliansId;
        foreach (var (e, i) in events.Select((e, i) => (e, i)))
        {
            var conflict = Canonical(e.Conflict, wars);
            Conflict[i] = conflict;
            ConflictIds.TryAdd(conflict, ConflictIds.Count + 1);
            Actors.TryAdd(e.SideA, Actors.Count + 1);
            Actors.TryAdd(SideB(e), Actors.Count + 1);
            Dyads.TryAdd(DyadKey(conflict, e), Dyads.Count + 1);
        }
    }

    /// <summary>Each event's conflict as the conflict lists count it.</summary>
    public string[] Conflict { get; }

    /// <summary>Conflict numbers by (counted) conflict name, from 1 in order of first appearance.</summary>
    public Dictionary<string, int> ConflictIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Actor numbers by name: 1 for "Civilians", then from 2 in order of first appearance.</summary>
    public Dictionary<string, int> Actors { get; } = new(StringComparer.Ordinal);

    private Dictionary<string, int> Dyads { get; } = new(StringComparer.Ordinal);

    /// <summary>Side B as UCDP names it: "Civilians" in one-sided violence.</summary>
    public static string SideB(ViolenceEvent e) => e.SideB.Length > 0 ? e.SideB : Civilians;

    /// <summary>The dyad number of event <paramref name="i"/>: its conflict and the pair of its sides, in either order.</summary>
    public int DyadId(int i, ViolenceEvent e) => Dyads[DyadKey(Conflict[i], e)];

    /// <summary>The state slot a side named "Government of X" was at <paramref name="tick"/>, if the state now in the slot is that state; else −1.</summary>
    public int StateOf(string side, int tick)
    {
        if (!side.StartsWith(GovernmentOf, StringComparison.Ordinal) || !_slotsByName.TryGetValue(side[GovernmentOf.Length..], out var slots))
        {
            return -1;
        }

        foreach (var s in slots)
        {
            if (FieldCodes.HeldAt(_states, s, tick))
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>The Gleditsch–Ward number of a side at <paramref name="tick"/>: the state's if the side is a government with one, else null.</summary>
    public int? GwOf(string side, int tick) => StateOf(side, tick) is var s and >= 0 ? FieldCodes.GwCode(_states, s, tick) : null;

    /// <summary>The conflict an event counts under: an interstate war merged into another counts as that one.</summary>
    public static string Canonical(string conflict, WarRegistry? wars)
    {
        if (wars is null || !TryNumber(conflict, "war-", out var n) || n >= wars.Wars.Count)
        {
            return conflict;
        }

        var war = wars.Wars[n];
        while (war.MergedInto >= 0)
        {
            war = wars.Wars[war.MergedInto];
        }

        return war.Id == n ? conflict : string.Create(CultureInfo.InvariantCulture, $"war-{war.Id}");
    }

    public static bool TryNumber(string conflict, string prefix, out int number)
    {
        number = -1;
        return conflict.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(conflict.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static string DyadKey(string conflict, ViolenceEvent e)
    {
        var a = e.SideA;
        var b = SideB(e);
        return string.CompareOrdinal(a, b) <= 0 ? $"{conflict}\n{a}\n{b}" : $"{conflict}\n{b}\n{a}";
    }
}
