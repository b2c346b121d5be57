using MemoryPack;

namespace Westphalia.Metrics;

/// <summary>
/// One event of organised violence in one region and month, laid out like a row of UCDP's Georeferenced Event Dataset:
/// the conflict (<c>civil-N</c>, <c>war-N</c>, <c>terror-N</c> or <c>turf-A-B</c>), the two sides (side B empty for
/// one-sided violence), the region and the state it belongs to, the month, and deaths of side A, side B and civilians.
/// </summary>
[MemoryPackable]
public sealed partial record ViolenceEvent(
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
    [MemoryPackIgnore]
    public long Best => DeathsA + DeathsB + DeathsCivilians;
}
