using System.Runtime.InteropServices;

namespace Westphalia.Conflict;

/// <summary>
/// One attack a terror cell set out to carry out: when, where it struck (<see cref="Region"/>, of <see cref="State"/>, whose
/// police could foil it), by which network and from which cell's region (<see cref="Cell"/>: another state's for an attack
/// abroad), and the deaths it caused — or, if the police foiled it (<see cref="Interdicted"/>), the deaths it would have caused.
/// </summary>
/// <remarks>Packed, so that its bytes, which checkpoints copy as they are, hold no padding: the same values give the same bytes.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
public readonly record struct TerrorAttack(int Tick, int Region, int State, int Network, long Deaths, bool Interdicted, int Cell);
