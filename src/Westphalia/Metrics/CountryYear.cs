namespace Westphalia.Metrics;

/// <summary>One year of a state's civil-war risk: Fearon &amp; Laitin's covariates and the seeds' terms, as a row of a panel.</summary>
public sealed record CountryYear(
    int Year,
    int State,
    string Name,
    double IncomePerCapita,
    double Income1985Thousands,
    double LogPopulation,
    double LogMountainous,
    bool Oil,
    bool NewState,
    bool Instability,
    bool PriorWar,
    double Neglect,
    double Repression,
    double Inequality,
    bool NeighbourWar,
    double Refugees,
    double PostWar,
    double Hazard,
    bool AtRisk,
    bool Onset,
    bool Ongoing,
    double YearsSinceWar,
    bool Peacekeeping)
{
    /// <summary>Writes the row for a checkpoint.</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(Year);
        w.Write(State);
        w.Write(Name);
        w.Write(IncomePerCapita);
        w.Write(Income1985Thousands);
        w.Write(LogPopulation);
        w.Write(LogMountainous);
        w.Write(Oil);
        w.Write(NewState);
        w.Write(Instability);
        w.Write(PriorWar);
        w.Write(Neglect);
        w.Write(Repression);
        w.Write(Inequality);
        w.Write(NeighbourWar);
        w.Write(Refugees);
        w.Write(PostWar);
        w.Write(Hazard);
        w.Write(AtRisk);
        w.Write(Onset);
        w.Write(Ongoing);
        w.Write(YearsSinceWar);
        w.Write(Peacekeeping);
    }

    /// <summary>Reads a row written by <see cref="Write"/>.</summary>
    public static CountryYear Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CountryYear(
            r.ReadInt32(), r.ReadInt32(), r.ReadString(), r.ReadDouble(), r.ReadDouble(),
            r.ReadDouble(), r.ReadDouble(), r.ReadBoolean(), r.ReadBoolean(), r.ReadBoolean(),
            r.ReadBoolean(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadBoolean(),
            r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadBoolean(), r.ReadBoolean(),
            r.ReadBoolean(), r.ReadDouble(), r.ReadBoolean());
    }
}
