namespace Westphalia.Conflict;

/// <summary>
/// One attack a terror cell set out to carry out: when, where it struck (<see cref="Region"/>, of <see cref="State"/>, whose
/// police could foil it), by which network and from which cell's region (<see cref="Cell"/>: another state's for an attack
/// abroad), and the deaths it caused — or, if the police foiled it (<see cref="Interdicted"/>), the deaths it would have caused.
/// </summary>
public readonly record struct TerrorAttack(int Tick, int Region, int State, int Network, long Deaths, bool Interdicted, int Cell)
{
    /// <summary>Writes the attack for a checkpoint.</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(Tick);
        w.Write(Region);
        w.Write(State);
        w.Write(Network);
        w.Write(Deaths);
        w.Write(Interdicted);
        w.Write(Cell);
    }

    /// <summary>Reads an attack written by <see cref="Write"/>.</summary>
    public static TerrorAttack Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new TerrorAttack(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt64(), r.ReadBoolean(), r.ReadInt32());
    }
}
