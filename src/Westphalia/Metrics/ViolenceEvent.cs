namespace Westphalia.Metrics;

/// <summary>
/// One event of organised violence in one region and month, laid out like a row of UCDP's Georeferenced Event Dataset:
/// the conflict (<c>civil-N</c>, <c>war-N</c>, <c>terror-N</c> or <c>turf-A-B</c>), the two sides (side B empty for
/// one-sided violence), the region and the state it belongs to, the month, and deaths of side A, side B and civilians.
/// </summary>
public sealed record ViolenceEvent(
    ViolenceType Type,
    string Conflict,
    string SideA,
    string SideB,
    int Region,
    int State,
    int Tick,
    long DeathsA,
    long DeathsB,
    long DeathsCivilians)
{
    /// <summary>UCDP's best estimate: all deaths of the event.</summary>
    public long Best => DeathsA + DeathsB + DeathsCivilians;

    /// <summary>Writes the event for a checkpoint.</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write((int)Type);
        w.Write(Conflict);
        w.Write(SideA);
        w.Write(SideB);
        w.Write(Region);
        w.Write(State);
        w.Write(Tick);
        w.Write(DeathsA);
        w.Write(DeathsB);
        w.Write(DeathsCivilians);
    }

    /// <summary>Reads an event written by <see cref="Write"/>.</summary>
    public static ViolenceEvent Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ViolenceEvent((ViolenceType)r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadString(),
            r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
    }
}
