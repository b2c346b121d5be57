using MemoryPack;

namespace Westphalia.Conflict;

/// <summary>One civil war: a rebel group against the government of a state.</summary>
[MemoryPackable]
public sealed partial class CivilConflict
{
    public int Id { get; init; }

    /// <summary>The state at war (its slot).</summary>
    public int State { get; init; }

    public string StateName { get; init; } = "";

    public string RebelName { get; init; } = "";

    /// <summary>The war's name in the violence log (UCDP GED layout), <c>civil-{Id}</c>; made once, shared by its events.</summary>
    [MemoryPackIgnore]
    public string ConflictName => _conflictName ??= string.Create(System.Globalization.CultureInfo.InvariantCulture, $"civil-{Id}");

    /// <summary>The government's side in the violence log, <c>Government of {StateName}</c>.</summary>
    [MemoryPackIgnore]
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

    [MemoryPackIgnore]
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
    public long[] GovernmentKillingsByMonth { get; init; } = new long[12];

    public long[] RebelKillingsByMonth { get; init; } = new long[12];

    /// <summary>The last tick a mass atrocity by each side was recorded; int.MinValue / 2 for never.</summary>
    public int GovernmentAtrocityTick { get; set; } = int.MinValue / 2;

    public int RebelAtrocityTick { get; set; } = int.MinValue / 2;

    /// <summary>Battle deaths of both sides so far in the current calendar year (for the ending by low activity).</summary>
    public long YearBattleDeaths { get; set; }

    [MemoryPackIgnore]
    public bool IsOngoing => Outcome == CivilWarOutcome.Ongoing;

    /// <summary>Years from the outbreak to the end (or to <paramref name="now"/> while it goes on).</summary>
    public double DurationYears(int now) => ((IsOngoing ? now : EndTick) - StartTick + 1) / 12.0;
}
