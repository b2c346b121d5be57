using MemoryPack;

namespace Westphalia;

/// <summary>One treaty between two states (<see cref="First"/> &lt; <see cref="Second"/>).</summary>
[MemoryPackable]
public sealed partial class Treaty
{
    public int First { get; init; }

    public int Second { get; init; }

    public int SignedTick { get; init; }

    public bool FirstDefects { get; set; }

    public bool SecondDefects { get; set; }
}
