namespace Westphalia;

/// <summary>Walks over the set entries of a table of flags, such as <see cref="StateTable.Alive"/>.</summary>
public static class Flags
{
    /// <summary>
    /// The first set entry after <paramref name="after"/> (−1: from the first), or −1 when there is none. Unset entries,
    /// most of a large world's state slots, are skipped many at a time.
    /// </summary>
    public static int Next(bool[] flags, int after)
    {
        var next = flags.AsSpan(after + 1).IndexOf(true);
        return next < 0 ? -1 : after + 1 + next;
    }
}
