using MemoryPack;

namespace Westphalia.Observers;

/// <summary>What a checkpoint carries of <see cref="SummaryObserver"/>: the terror attacks counted so far.</summary>
[MemoryPackable]
internal sealed partial class SummaryState
{
    public int Attacks { get; set; }

    public int Foiled { get; set; }

    public long TerrorDeaths { get; set; }
}
