using MemoryPack;

namespace Westphalia.Conflict;

/// <summary>
/// One side of a border between two states in interstate war: what the first commits against the second, and whether it
/// attacks. A checkpoint carries the two states, the commitment and the decision; the border's cells (in
/// <see cref="BorderIndex"/>) and the reverse side are rebuilt from the map.
/// </summary>
[MemoryPackable]
internal sealed partial class Front(int from, int to)
{
    public int From { get; } = from;

    public int To { get; } = to;

    public double Commitment { get; set; }

    public bool Defect { get; set; }

    [MemoryPackIgnore]
    public double PreviousCommitment { get; set; }

    [MemoryPackIgnore]
    public bool PreviousDefect { get; set; }

    /// <summary>The same border seen from the other side (<c>To → From</c>).</summary>
    [MemoryPackIgnore]
    public Front Back { get; set; } = null!;
}
