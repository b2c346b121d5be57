namespace Westphalia.Doctrines;

/// <summary>
/// What a government can see when it decides. Read-only. Values are those left by the previous tick (at tick 0, by
/// initialisation; during the initialisation call, before any budget has run, spending and revenue are 0).
/// </summary>
/// <remarks>
/// A government sees its own state in full and, of other states, what is public: who its neighbours are (states whose
/// regions border its own, from <see cref="StateGraph"/>) and their military spending and forces in being, the figures
/// SIPRI's Military Expenditure Database and IISS's <i>The Military Balance</i> publish for every country, and the
/// median income per capita of the living states, from the income figures the World Bank publishes for every country.
/// </remarks>
public readonly struct StateView
{
    private readonly World _world;

    internal StateView(World world, int state, int tick, int year)
    {
        _world = world;
        State = state;
        Tick = tick;
        Year = year;
    }

    public int State { get; }

    public int Tick { get; }

    public int Year { get; }

    public string Name => _world.States.Name[State];

    public long Population => _world.States.Population[State];

    /// <summary>Output, US dollars per year.</summary>
    public double Output => _world.States.Output[State];

    public double IncomePerCapita => _world.States.IncomePerCapita(State);

    /// <summary>Forces in being: accumulated, depreciated military spending, US dollars.</summary>
    public double MilitaryCapability => _world.States.MilitaryCapability[State];

    public double Cinc => _world.States.Cinc[State];

    public int RegionCount => _world.States.RegionCount[State];

    /// <summary>The tax rate in force (share of output), as last decided.</summary>
    public double TaxRate => _world.States.TaxRate[State];

    /// <summary>The military share of the budget in force, as last decided.</summary>
    public double MilitaryBudgetShare => _world.States.MilitaryBudgetShare[State];

    /// <summary>Tax revenue, US dollars per year (12 × last month's).</summary>
    public double TaxRevenue => 12.0 * _world.States.TaxRevenue[State];

    /// <summary>Aid received, US dollars per year (12 × last month's).</summary>
    public double AidReceived => 12.0 * _world.States.AidReceived[State];

    /// <summary>Own military spending, US dollars per year (12 × last month's).</summary>
    public double MilitarySpending => MilitarySpendingOf(State);

    /// <summary>Military spending as a share of output (0 when output is not positive).</summary>
    public double MilitaryBurden => Output > 0 ? MilitarySpending / Output : 0;

    /// <summary>Whether a civil war is going on in the state (<see cref="StateTable.CivilWar"/> is not −1).</summary>
    public bool AtCivilWar => AtCivilWarOf(State);

    /// <summary>Whether the state is alerted: fighting in or next to it, or a crisis it is party to, not yet lapsed.</summary>
    public bool Alerted => _world.States.Alert[State];

    /// <summary>Whether a civil war is going on in another state (public: UCDP lists every armed conflict).</summary>
    public bool AtCivilWarOf(int state) => _world.States.CivilWar[state] >= 0;

    /// <summary>
    /// Violent deaths per 100,000 people per year in the state: the population-weighted mean of its regions'
    /// <see cref="RegionTable.ViolentDeathRate"/>, summed in ascending region order; 0 when it has no people. What a
    /// government learns from its own vital statistics and police (UNODC and WHO publish the same figures).
    /// Computed on each read, in O(regions of the state).
    /// </summary>
    public double ViolentDeathRate
    {
        get
        {
            var regions = _world.Regions;
            var deaths = 0.0;
            long people = 0;
            foreach (var r in _world.States.RegionsOf(State))
            {
                deaths += regions.ViolentDeathRate[r] * regions.Population[r];
                people += regions.Population[r];
            }

            return people > 0 ? deaths / people : 0;
        }
    }

    /// <summary>
    /// The median income per capita, US dollars per year, of the living states with people (public: World Bank,
    /// World Development Indicators); computed once a tick for all views (<see cref="WorldStatistics"/>).
    /// </summary>
    public double MedianIncomePerCapita => WorldStatistics.Of(_world).MedianIncomePerCapita(Tick);

    /// <summary>
    /// The living states whose regions border this state's, ascending, as of the start of the Policy phase, which
    /// brings the <see cref="StateGraph"/> up to date once a tick. The span is valid until ownership next changes.
    /// </summary>
    public ReadOnlySpan<int> Neighbours => StateGraph.Current(_world).Neighbours(State);

    /// <summary>Whether <paramref name="state"/> is alive.</summary>
    public bool IsAlive(int state) => _world.States.Alive[state];

    /// <summary>The name of <paramref name="state"/>.</summary>
    public string NameOf(int state) => _world.States.Name[state];

    /// <summary>
    /// How strongly the state reacts to <paramref name="state"/>'s arms: 1, or less while it keeps an arms-control treaty
    /// with it (1 − the treaties' reaction cut; docs/ODD.md, Cooperative security).
    /// </summary>
    public double ReactionTo(int state) => _world.Treaties.Keeps(State, state) ? 1 - _world.Treaties.ReactionCut : 1;

    /// <summary>Military spending of <paramref name="state"/> (public: SIPRI), US dollars per year (12 × last month's).</summary>
    public double MilitarySpendingOf(int state) => 12.0 * _world.States.MilitarySpending[state];

    /// <summary>Forces in being of <paramref name="state"/> (public: IISS <i>The Military Balance</i>), US dollars.</summary>
    public double MilitaryCapabilityOf(int state) => _world.States.MilitaryCapability[state];

    /// <summary>Output of <paramref name="state"/>, US dollars per year.</summary>
    public double OutputOf(int state) => _world.States.Output[state];
}
