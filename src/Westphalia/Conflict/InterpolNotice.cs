using System.Runtime.InteropServices;

namespace Westphalia.Conflict;

/// <summary>
/// One Interpol notice: what the police of <see cref="Sender"/> found about a network at <see cref="Tick"/>, shared
/// with each other member with probability <see cref="Sharing"/> (the sender's sharing level then). <see cref="Receivers"/>
/// members were chosen to receive it; they hold the information from the month it arrives.
/// </summary>
/// <remarks>Packed, so that its bytes, which checkpoints copy as they are, hold no padding: the same values give the same bytes.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
public readonly record struct InterpolNotice(int Id, int Network, int Sender, int Tick, double Sharing, int Receivers);
