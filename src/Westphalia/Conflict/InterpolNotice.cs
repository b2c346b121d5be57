namespace Westphalia.Conflict;

/// <summary>
/// One Interpol notice: what the police of <see cref="Sender"/> found about a network at <see cref="Tick"/>, shared
/// with each other member with probability <see cref="Sharing"/> (the sender's sharing level then). <see cref="Receivers"/>
/// members were chosen to receive it; they hold the information from the month it arrives.
/// </summary>
public readonly record struct InterpolNotice(int Id, int Network, int Sender, int Tick, double Sharing, int Receivers)
{
    /// <summary>Writes the notice for a checkpoint.</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(Id);
        w.Write(Network);
        w.Write(Sender);
        w.Write(Tick);
        w.Write(Sharing);
        w.Write(Receivers);
    }

    /// <summary>Reads a notice written by <see cref="Write"/>.</summary>
    public static InterpolNotice Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new InterpolNotice(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadDouble(), r.ReadInt32());
    }
}
