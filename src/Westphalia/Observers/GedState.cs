using MemoryPack;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>What a checkpoint carries of <see cref="GedObserver"/>: the organised violence so far.</summary>
[MemoryPackable]
internal sealed partial class GedState
{
    public List<ViolenceEvent> Events { get; set; } = [];
}
