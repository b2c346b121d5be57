using MemoryPack;
using Westphalia.Conflict;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="Interpol"/>.</summary>
[MemoryPackable]
internal sealed partial class InterpolState
{
    /// <summary>Every notice issued in the run, in order; a notice's id is its index.</summary>
    public List<InterpolNotice> Notices { get; set; } = [];

    /// <summary>Per network id: [0, S) the tick information last reached each state, [S, 2S) the tick each state last issued a notice; null when none or when the network is gone.</summary>
    public List<int[]?> Ticks { get; set; } = [];

    /// <summary>Notices in transit in the letters era, in order of arrival, from <see cref="Head"/> on.</summary>
    public List<InterpolDelivery> Pending { get; set; } = [];

    public int Head { get; set; }

    /// <summary>Per state: notices issued, notices received, and records handed to foreign police.</summary>
    public long[] Sent { get; set; } = [];

    public long[] Received { get; set; } = [];

    public long[] Ceded { get; set; } = [];
}
