namespace Westphalia.Conflict;

/// <summary>What rebels fight for: UCDP's incompatibility.</summary>
public enum CivilWarAim
{
    /// <summary>Secession of the regions they hold (UCDP incompatibility 1, territory).</summary>
    Territory = 1,

    /// <summary>The government itself (UCDP incompatibility 2, government).</summary>
    Government = 2,
}

/// <summary>How a civil war ended.</summary>
public enum CivilWarOutcome
{
    Ongoing = 0,
    GovernmentVictory = 1,
    RebelVictory = 2,
    Secession = 3,
    Settlement = 4,

    /// <summary>The state itself died (conquered in an interstate war) during the civil war.</summary>
    StateDied = 5,
}

/// <summary>One civil war: a rebel group against the government of a state.</summary>
public sealed class CivilConflict
{
    public int Id { get; init; }

    /// <summary>The state at war (its slot).</summary>
    public int State { get; init; }

    public string StateName { get; init; } = "";

    public string RebelName { get; init; } = "";

    /// <summary>The war's name in the violence log (UCDP GED layout), <c>civil-{Id}</c>; made once, shared by its events.</summary>
    public string ConflictName => _conflictName ??= string.Create(System.Globalization.CultureInfo.InvariantCulture, $"civil-{Id}");

    /// <summary>The government's side in the violence log, <c>Government of {StateName}</c>.</summary>
    public string GovernmentSide => _governmentSide ??= $"Government of {StateName}";

    private string? _conflictName;
    private string? _governmentSide;

    public CivilWarAim Aim { get; init; }

    /// <summary>The region the rebels rose in.</summary>
    public int SeedRegion { get; init; }

    public int StartTick { get; init; }

    /// <summary>Tick of the last month of fighting; −1 while it goes on.</summary>
    public int EndTick { get; set; } = -1;

    public CivilWarOutcome Outcome { get; set; }

    /// <summary>Log-normal factor on both sides' one-sided violence, drawn at the outbreak.</summary>
    public double Brutality { get; init; }

    /// <summary>Rebel fighters under arms.</summary>
    public double Fighters { get; set; }

    /// <summary>The rebels' share of fighting strength last month, in [0, 1].</summary>
    public double RebelShare { get; set; }

    public long GovernmentBattleDeaths { get; set; }

    public long RebelBattleDeaths { get; set; }

    public long BattleDeaths => GovernmentBattleDeaths + RebelBattleDeaths;

    /// <summary>Civilians killed by the government's forces.</summary>
    public long GovernmentKillings { get; set; }

    /// <summary>Civilians killed by the rebels.</summary>
    public long RebelKillings { get; set; }

    /// <summary>The major power arming the government; −1 for none.</summary>
    public int GovernmentPatron { get; set; } = -1;

    /// <summary>The major power arming the rebels; −1 for none.</summary>
    public int RebelPatron { get; set; } = -1;

    /// <summary>Dollars of arms sent by patrons over the war.</summary>
    public double Arms { get; set; }

    /// <summary>The regions the rebels held when the war ended, ascending (empty while it goes on).</summary>
    public int[] RegionsAtEnd { get; set; } = [];

    /// <summary>The state the rebels founded by secession; −1 otherwise.</summary>
    public int NewState { get; set; } = -1;

    // Fractions of people carried between months so that whole-number deaths are unbiased.
    public double GovernmentDeathCarry { get; set; }

    public double RebelDeathCarry { get; set; }

    public double GovernmentKillingCarry { get; set; }

    public double RebelKillingCarry { get; set; }

    /// <summary>Civilians each side killed in each of the last twelve months (ring buffers indexed by tick mod 12).</summary>
    public long[] GovernmentKillingsByMonth { get; } = new long[12];

    public long[] RebelKillingsByMonth { get; } = new long[12];

    /// <summary>The last tick a mass atrocity by each side was recorded; int.MinValue / 2 for never.</summary>
    public int GovernmentAtrocityTick { get; set; } = int.MinValue / 2;

    public int RebelAtrocityTick { get; set; } = int.MinValue / 2;

    public bool IsOngoing => Outcome == CivilWarOutcome.Ongoing;

    /// <summary>Years from the outbreak to the end (or to <paramref name="now"/> while it goes on).</summary>
    public double DurationYears(int now) => ((IsOngoing ? now : EndTick) - StartTick + 1) / 12.0;

    public void Save(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(Id);
        w.Write(State);
        w.Write(StateName);
        w.Write(RebelName);
        w.Write((int)Aim);
        w.Write(SeedRegion);
        w.Write(StartTick);
        w.Write(EndTick);
        w.Write((int)Outcome);
        w.Write(Brutality);
        w.Write(Fighters);
        w.Write(RebelShare);
        w.Write(GovernmentBattleDeaths);
        w.Write(RebelBattleDeaths);
        w.Write(GovernmentKillings);
        w.Write(RebelKillings);
        w.Write(GovernmentPatron);
        w.Write(RebelPatron);
        w.Write(Arms);
        w.Write(NewState);
        w.Write(GovernmentDeathCarry);
        w.Write(RebelDeathCarry);
        w.Write(GovernmentKillingCarry);
        w.Write(RebelKillingCarry);
        for (var i = 0; i < 12; i++)
        {
            w.Write(GovernmentKillingsByMonth[i]);
            w.Write(RebelKillingsByMonth[i]);
        }

        w.Write(GovernmentAtrocityTick);
        w.Write(RebelAtrocityTick);
        w.Write(RegionsAtEnd.Length);
        foreach (var r in RegionsAtEnd)
        {
            w.Write(r);
        }
    }

    public static CivilConflict Load(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = new CivilConflict
        {
            Id = r.ReadInt32(),
            State = r.ReadInt32(),
            StateName = r.ReadString(),
            RebelName = r.ReadString(),
            Aim = (CivilWarAim)r.ReadInt32(),
            SeedRegion = r.ReadInt32(),
            StartTick = r.ReadInt32(),
            EndTick = r.ReadInt32(),
            Outcome = (CivilWarOutcome)r.ReadInt32(),
            Brutality = r.ReadDouble(),
            Fighters = r.ReadDouble(),
            RebelShare = r.ReadDouble(),
            GovernmentBattleDeaths = r.ReadInt64(),
            RebelBattleDeaths = r.ReadInt64(),
            GovernmentKillings = r.ReadInt64(),
            RebelKillings = r.ReadInt64(),
            GovernmentPatron = r.ReadInt32(),
            RebelPatron = r.ReadInt32(),
            Arms = r.ReadDouble(),
            NewState = r.ReadInt32(),
            GovernmentDeathCarry = r.ReadDouble(),
            RebelDeathCarry = r.ReadDouble(),
            GovernmentKillingCarry = r.ReadDouble(),
            RebelKillingCarry = r.ReadDouble(),
        };
        for (var i = 0; i < 12; i++)
        {
            c.GovernmentKillingsByMonth[i] = r.ReadInt64();
            c.RebelKillingsByMonth[i] = r.ReadInt64();
        }

        c.GovernmentAtrocityTick = r.ReadInt32();
        c.RebelAtrocityTick = r.ReadInt32();
        c.RegionsAtEnd = new int[r.ReadInt32()];
        for (var i = 0; i < c.RegionsAtEnd.Length; i++)
        {
            c.RegionsAtEnd[i] = r.ReadInt32();
        }

        return c;
    }
}
