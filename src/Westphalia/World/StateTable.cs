namespace Westphalia;

/// <summary>
/// Per-state data as struct-of-arrays, indexed by state id. Money flows are whole US dollars per month so that
/// budgets balance exactly; aggregates are recomputed from the regions every tick.
/// </summary>
public sealed class StateTable
{
    public StateTable(int count)
    {
        Count = count;
        Name = new string[count];
        Capital = new int[count];
        Alive = new bool[count];
        DeathTick = new int[count];
        DeathCause = new int[count];
        Conqueror = new int[count];
        FoundedTick = new int[count];
        FoundedFrom = new int[count];
        Identity = new int[count];
        CowCode = new int[count];
        CowAbbreviation = new string[count];
        GwCode = new int[count];
        Iso3 = new string[count];
        UnMember = new bool[count];
        InterpolMember = new bool[count];
        PermanentSeat = new bool[count];
        Array.Fill(UnMember, true);
        Array.Fill(InterpolMember, true);
        Technology = new double[count];
        WarResources = new double[count];
        DamageReceived = new double[count];
        Alert = new bool[count];
        CampaignTarget = new int[count];
        LastFought = new int[count];
        CurrentWar = new int[count];
        Alliance = new int[count];
        QuietYears = new int[count];
        Buffer = new bool[count];
        CivilWar = new int[count];
        CivilianProtection = new double[count];
        InformationSharing = new double[count];
        PeacekeepingShare = new double[count];
        Array.Fill(CivilWar, -1);
        Array.Fill(Alliance, -1);
        Array.Fill(DeathTick, -1);
        Array.Fill(Conqueror, -1);
        Array.Fill(FoundedTick, -1);
        Array.Fill(FoundedFrom, -1);
        Array.Fill(Identity, -1);
        Array.Fill(CowCode, -1);
        Array.Fill(GwCode, -1);
        Array.Fill(CowAbbreviation, "");
        Array.Fill(Iso3, "");
        Array.Fill(CampaignTarget, -1);
        Array.Fill(LastFought, int.MinValue / 2);
        Array.Fill(CurrentWar, -1);
        Doctrine = new string[count];
        Array.Fill(Name, "");
        Array.Fill(Doctrine, "");
        TaxRate = new double[count];
        MilitaryBudgetShare = new double[count];
        WelfareBudgetShare = new double[count];
        PoliceBudgetShare = new double[count];
        AidBudgetShare = new double[count];
        TaxRevenue = new long[count];
        AidReceived = new long[count];
        AidInTransit = new long[count];
        MilitarySpending = new long[count];
        WelfareSpending = new long[count];
        PoliceSpending = new long[count];
        AidGiven = new long[count];
        MilitaryCapability = new double[count];
        StartingMilitarySpending = new double[count];
        Array.Fill(StartingMilitarySpending, -1);
        Population = new long[count];
        Output = new double[count];
        RegionCount = new int[count];
        Cinc = new double[count];
        WelfareEffort = new double[count];
        PoliceEffort = new double[count];
        RegionOffsets = new int[count + 1];
    }

    public int Count { get; }

    public string[] Name { get; }
    /// <summary>Region id of the capital.</summary>
    public int[] Capital { get; }
    public bool[] Alive { get; }
    /// <summary>Tick at which the state died; −1 while it lives.</summary>
    public int[] DeathTick { get; }
    /// <summary>How the state died: a <see cref="StateDeathCause"/> value (0 while it lives).</summary>
    public int[] DeathCause { get; }
    /// <summary>The state that took the capital of a conquered state; −1 otherwise.</summary>
    public int[] Conqueror { get; }
    /// <summary>Tick at which the state came into being (0 for the states of the initial map); −1 for an unused slot.</summary>
    public int[] FoundedTick { get; }

    /// <summary>The slot of the state a state born during the run broke away from; −1 for the states of the initial map.</summary>
    public int[] FoundedFrom { get; }

    /// <summary>
    /// The state's identity for its whole life, never given to another state in the run: the slot for the states of the
    /// initial map, then counting up as states are born (a slot is reused once its state is dead; its identity is not).
    /// −1 for a slot never used.
    /// </summary>
    public int[] Identity { get; }

    // The state's codes in the field's datasets, where it is a real state (the `world` scenario, or an explicit state
    // given them); −1 or "" where it has none: a synthetic state, or a state born during a run.
    /// <summary>Correlates of War country code (COW State System Membership list); −1 if none.</summary>
    public int[] CowCode { get; }

    /// <summary>Correlates of War three-letter state abbreviation; "" if none.</summary>
    public string[] CowAbbreviation { get; }

    /// <summary>Gleditsch–Ward state number; −1 if none.</summary>
    public int[] GwCode { get; }

    /// <summary>ISO 3166-1 alpha-3 code; "" if none.</summary>
    public string[] Iso3 { get; }

    // Membership of the institutions, facts of the initial world (the `world` scenario's, from its data); every state is
    // a member of both, and none holds a permanent seat by name, unless the world says otherwise. A state born during a
    // run joins both.
    /// <summary>Whether the state is a member of the United Nations (sits on the Council only if so).</summary>
    public bool[] UnMember { get; }

    /// <summary>Whether the state is a member of Interpol (issues and receives notices only if so).</summary>
    public bool[] InterpolMember { get; }

    /// <summary>
    /// Whether the Charter names the state a permanent member of the Security Council. When any state of the initial world
    /// holds such a seat, those states are the permanent members; otherwise the strongest states are, when the Council
    /// first sits.
    /// </summary>
    public bool[] PermanentSeat { get; }

    // Interstate war (GeoSim).
    /// <summary>Extraction technology: the distance at which the loss-of-strength gradient is halfway down (distThresh).</summary>
    public double[] Technology { get; }
    /// <summary>Resources available for war (GeoSim's R).</summary>
    public double[] WarResources { get; }
    /// <summary>Resources destroyed by enemy attacks in the last tick.</summary>
    public double[] DamageReceived { get; }
    /// <summary>Alerted by fighting in or next to the state (contextual activation).</summary>
    public bool[] Alert { get; }
    /// <summary>The state this one campaigns against; −1 for none.</summary>
    public int[] CampaignTarget { get; }
    /// <summary>Tick of the state's last battle.</summary>
    public int[] LastFought { get; }
    /// <summary>The war the state takes part in; −1 for none.</summary>
    public int[] CurrentWar { get; }
    /// <summary>The alliance the state belongs to (the id of its founding member); −1 for none.</summary>
    public int[] Alliance { get; }
    /// <summary>Consecutive years without a threatening neighbour (for leaving an alliance).</summary>
    public int[] QuietYears { get; }
    /// <summary>A buffer state (Fazal 2007): in no alliance, bordering members of two different alliances. Set each January.</summary>
    public bool[] Buffer { get; }

    // Civil war.
    /// <summary>The civil war going on in the state (an index into the civil-war registry); −1 for none.</summary>
    public int[] CivilWar { get; }

    public bool Allied(int a, int b) => a != b && Alliance[a] >= 0 && Alliance[a] == Alliance[b];
    /// <summary>Name of the doctrine that sets this state's policy.</summary>
    public string[] Doctrine { get; }

    // Policy in force this tick.
    public double[] TaxRate { get; }
    public double[] MilitaryBudgetShare { get; }
    public double[] WelfareBudgetShare { get; }
    public double[] PoliceBudgetShare { get; }
    public double[] AidBudgetShare { get; }
    /// <summary>How far the government restrains its forces and protects civilians, in [0, 1] (Policy.Protection).</summary>
    public double[] CivilianProtection { get; }
    /// <summary>How much the state shares through Interpol, in [0, 1] (Policy.Sharing).</summary>
    public double[] InformationSharing { get; }
    /// <summary>Share of military spending pledged to UN peacekeeping and authorised forces (Policy.Peacekeeping).</summary>
    public double[] PeacekeepingShare { get; }

    // Budget this tick, whole dollars: Revenue = TaxRevenue + AidReceived = Military + Welfare + Police + AidGiven.
    public long[] TaxRevenue { get; }
    public long[] AidReceived { get; }
    /// <summary>Aid allocated to this state this tick, received next tick.</summary>
    public long[] AidInTransit { get; }
    public long[] MilitarySpending { get; }
    public long[] WelfareSpending { get; }
    public long[] PoliceSpending { get; }
    public long[] AidGiven { get; }

    /// <summary>Forces in being: accumulated, depreciated military spending, dollars.</summary>
    public double[] MilitaryCapability { get; }

    /// <summary>
    /// Annual military spending, US dollars, on which the forces in being at the start of the run are based (set from a
    /// file by <see cref="Scenarios.StateFigures.SetMilitarySpending"/>); −1 when none was given, and the start is based
    /// on the budget before the run instead.
    /// </summary>
    public double[] StartingMilitarySpending { get; }

    // Aggregates over owned regions.
    public long[] Population { get; }
    /// <summary>Output, US dollars per year.</summary>
    public double[] Output { get; }
    public int[] RegionCount { get; }
    /// <summary>Composite index of national capability (CINC-style share of world capabilities).</summary>
    public double[] Cinc { get; }

    /// <summary>Welfare spending as a share of output (annual rate at this tick's spending).</summary>
    public double[] WelfareEffort { get; }
    /// <summary>Police spending as a share of output (annual rate at this tick's spending).</summary>
    public double[] PoliceEffort { get; }

    /// <summary>CSR index of owned regions: the regions of state <c>s</c> are <c>Regions[RegionOffsets[s]..RegionOffsets[s + 1]]</c>, ascending.</summary>
    public int[] RegionOffsets { get; }
    public int[] Regions { get; internal set; } = [];

    public long Revenue(int state) => TaxRevenue[state] + AidReceived[state];

    public long Spending(int state) => MilitarySpending[state] + WelfareSpending[state] + PoliceSpending[state] + AidGiven[state];

    public ReadOnlySpan<int> RegionsOf(int state) =>
        Regions.AsSpan(RegionOffsets[state], RegionOffsets[state + 1] - RegionOffsets[state]);

    public double IncomePerCapita(int state) => Population[state] > 0 ? Output[state] / Population[state] : 0.0;
}
