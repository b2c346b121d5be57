using MemoryPack;
using Westphalia.Conflict;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="TransnationalThreats"/>: the networks, their cells, the attacks and Interpol's state.</summary>
[MemoryPackable]
internal sealed partial class TransnationalThreatsState
{
    /// <summary>Every network of the run, in order of formation; a network's id is its index.</summary>
    public List<TransnationalNetwork> Networks { get; set; } = [];

    /// <summary>Every attack a terror cell set out to carry out, in order.</summary>
    /// <summary>Per region: the strength and network of its terror cell and of its crime cell (0 and −1 for none).</summary>
    public double[] Terror { get; set; } = [];

    public int[] TerrorNetwork { get; set; } = [];

    public double[] Crime { get; set; } = [];

    public int[] CrimeNetwork { get; set; } = [];

    /// <summary>Regions with a cell of either kind, ascending.</summary>
    public List<int> Active { get; set; } = [];

    /// <summary>Police co-operation: notices, who holds information, letters in transit.</summary>
    public InterpolState Interpol { get; set; } = new();
}
