using System.Globalization;
using System.Runtime.CompilerServices;
using Westphalia.Conflict;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Mechanisms;

/// <summary>
/// Civil war, one-sided violence and proxy support (docs/ODD.md §7.5); what the fighting does to the places it touches
/// (damage, flight and return) is <see cref="WarEffects"/>.
/// <list type="bullet">
/// <item><b>Onset</b>, each January, for every living state at peace: a logit hazard with Fearon &amp; Laitin's (2003,
/// Table 1 Model 1) coefficients on income, population, mountains, oil, new state, instability and prior war, plus state
/// neglect, repression, inequality between regions, neighbours at war, refugees hosted and the conflict trap.</item>
/// <item><b>Fighting</b>, each month: rebels recruit in the regions they hold, fight the government's deployed forces
/// (attrition in proportion to the balance of strength), take or lose a region, kill civilians, and the war ends in
/// government victory, rebel victory, secession (a new state with exactly the regions the rebels held) or settlement.</item>
/// <item><b>Proxy support</b>: the strongest states arm the government of an ally or the rebels against a rival
/// bloc's member; arms raise both sides' strength and deaths and make settlement less likely.</item>
/// </list>
/// </summary>
public sealed class CivilWar : IMechanism, ICheckpointed<CivilWarState>
{
    private const int Never = int.MinValue / 2;

    // Draw indices (the entity is the state for onset, −1 − id for a war).
    private const uint DrawOnset = 0;
    private const uint DrawSeed = 1;
    private const uint DrawAim = 2;
    private const uint DrawBrutality = 3;
    private const uint DrawFront = 4;
    private const uint DrawFrontSide = 5;
    private const uint DrawFrontRegion = 6;
    private const uint DrawSettle = 7;
    private const uint DrawGovernmentWins = 8;
    private const uint DrawRebelsWin = 9;
    private const uint DrawCapital = 10;
    private const uint DrawPatron = 11;

    private readonly World _world;
    private readonly CivilWarParameters _p;
    private readonly EconomyParameters _economy;
    private readonly EventBus _events;

    /// <summary>What a checkpoint carries: the wars, the panel and each state's memory for the onset hazard.</summary>
    private CivilWarState _state;

    // Per state.
    private readonly long[] _refugeesHosted;

    /// <summary>Each state's sums over its regions this January, when they were streamed (<see cref="StreamSums"/>).</summary>
    private readonly RegionSums[] _regionSums;

    // Per region.
    private readonly long[] _killedThisMonth;

    /// <summary>Regions where civilians were killed this month (to reset <see cref="_killedThisMonth"/>, not every region).</summary>
    private readonly List<int> _killed = [];

    /// <summary>Visit stamps per region for <see cref="GatherFighting"/> and <see cref="GatherAllFighting"/>.</summary>
    private readonly int[] _seen;
    private readonly int[] _seenAll;
    private int _stamp;

    /// <summary>The regions fought over this month in every civil war, ascending.</summary>
    private readonly List<int> _allFighting;

    /// <summary>Where the displaced are, for the refugee term of the hazard; set once the mechanisms are built.</summary>

    private readonly List<int> _held = [];
    private readonly List<int> _fighting = [];
    private readonly List<int> _candidates = [];
    private readonly List<int> _patrons = [];
    private readonly GovernmentTable _governments;
    private double[] _weights = new double[16];
    private long[] _parts = new long[16];
    private long[] _partsB = new long[16];
    private double[] _remainders = new double[16];
    private int _seenOwnership = -1;
    private CounterRng _rng;

    public CivilWar(World world, CivilWarParameters parameters, EconomyParameters economy, EventBus events, GovernmentTable governments)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _governments = governments ?? throw new ArgumentNullException(nameof(governments));
        _killedThisMonth = world.Fighting.CiviliansKilled;
        _allFighting = world.Fighting.CivilWarRegions;
        _p = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _economy = economy ?? throw new ArgumentNullException(nameof(economy));
        _events = events;
        var n = world.States.Count;
        _refugeesHosted = new long[n];
        _regionSums = new RegionSums[n];
        _state = new CivilWarState
        {
            LastWarEnd = new int[n],
            InstabilityTick = new int[n],
            LastIncome = new double[n],
            LastRegions = new int[n],
            Repression = new double[n],
            KillingsThisYear = new long[n],
            LastAtrocityTick = new int[n],
            Founded = (int[])world.States.FoundedTick.Clone(),
        };
        Array.Fill(_state.LastWarEnd, Never);
        Array.Fill(_state.InstabilityTick, Never);
        Array.Fill(_state.LastAtrocityTick, Never);
        var r = world.Regions.Count;
        _seen = new int[r];
        _seenAll = new int[r];
    }

    public string Name => "Civil war";

    /// <summary>Every civil war of the run, in order of outbreak; a war's id is its index.</summary>
    public IReadOnlyList<CivilConflict> Conflicts => _state.Conflicts;

    /// <summary>The tick of the last mass atrocity in each state (by either side); int.MinValue / 2 for never.</summary>
    public int[] LastAtrocityTick => _state.LastAtrocityTick;

    /// <summary>Records the state of the world at the start of the run (last year's income and territory for instability).</summary>
    public void Initialise(in TickContext context)
    {
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            _state.LastIncome[s] = states.IncomePerCapita(s);
            _state.LastRegions[s] = states.RegionCount[s];
        }

        _seenOwnership = _world.OwnershipVersion;
    }

    /// <summary>Clears last month's killings; wars in states that died end, and regions that changed owner are reconciled.</summary>
    public void Begin(in TickContext context)
    {
        foreach (var r in _killed)
        {
            _killedThisMonth[r] = 0;
        }

        _killed.Clear();
        _allFighting.Clear();
        if (_world.OwnershipVersion != _seenOwnership)
        {
            Reconcile(context.Tick);
        }
    }

    /// <summary>Onsets for the states at peace, then patrons for the wars going on.</summary>
    public void January(in TickContext context)
    {
        Onsets(context.Tick, context.Year, context.Rng);
        ChoosePatrons(context.Tick, context.Year, context.Rng);
    }

    /// <summary>Every civil war fights its month.</summary>
    public void Step(in TickContext context)
    {
        var tick = context.Tick;
        var rng = context.Rng;
        foreach (var war in _state.Conflicts)
        {
            if (war.IsOngoing)
            {
                Fight(war, tick, rng);
            }
        }

        GatherAllFighting();

        _seenOwnership = _world.OwnershipVersion;
    }

    /// <summary>Ends wars in states that died; rebel-held regions that changed owner are the new owner's.</summary>
    private void Reconcile(int tick)
    {
        var states = _world.States;
        var regions = _world.Regions;
        foreach (var war in _state.Conflicts)
        {
            if (war.IsOngoing && !states.Alive[war.State])
            {
                End(war, CivilWarOutcome.StateDied, tick);
            }
        }

        // A slot taken by a new state (after a fragmentation or a secession) starts with no civil-war history, and a
        // patron whose slot now holds another state arms no one.
        for (var s = 0; s < states.Count; s++)
        {
            if (states.FoundedTick[s] != _state.Founded[s])
            {
                _state.Founded[s] = states.FoundedTick[s];
                Forget(s);
                foreach (var war in _state.Conflicts)
                {
                    if (war.IsOngoing && war.GovernmentPatron == s)
                    {
                        war.GovernmentPatron = -1;
                    }

                    if (war.IsOngoing && war.RebelPatron == s)
                    {
                        war.RebelPatron = -1;
                    }
                }
            }
        }

        for (var r = 0; r < regions.Count; r++)
        {
            var id = regions.Rebels[r];
            if (id >= 0 && regions.Owner[r] != _state.Conflicts[id].State)
            {
                regions.Rebels[r] = -1;
            }
        }
    }

    /// <summary>Clears a slot's civil-war history for the new state in it.</summary>
    private void Forget(int s)
    {
        var states = _world.States;
        _state.LastIncome[s] = states.Alive[s] ? states.IncomePerCapita(s) : 0;
        _state.LastRegions[s] = states.Alive[s] ? states.RegionCount[s] : 0;
        _state.LastWarEnd[s] = Never;
        _state.InstabilityTick[s] = Never;
        _state.Repression[s] = 0;
        _state.KillingsThisYear[s] = 0;
        _state.LastAtrocityTick[s] = Never;
    }

    // ---------------------------------------------------------------- onset

    /// <summary>The onset hazard's covariates for one state, and the probability they give.</summary>
    public CountryYear Covariates(int state, int tick, int year) => Covariates(state, tick, year, StateGraph.Of(_world), SumsOf(state));

    /// <summary>A state's sums over its regions, in ascending order, for its covariates.</summary>
    internal struct RegionSums
    {
        public int Count;
        public long Mountainous;
        public double Output;
        public double OilOutput;
        public double SumLog;
        public double SumLog2;
    }

    /// <summary>Adds region <paramref name="r"/> to <paramref name="sums"/>: the one place where a region enters its state's covariates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(ref RegionSums sums, int r)
    {
        var regions = _world.Regions;
        sums.Count++;
        sums.Mountainous += regions.Ruggedness[r] >= _p.MountainousRuggedness ? 1 : 0;
        var y = regions.Output(r);
        sums.Output += y;
        sums.OilOutput += regions.Oil[r] ? y : 0;
        var w = (double)regions.Population[r];
        var l = Math.Log(Math.Max(regions.IncomePerCapita[r], 1));
        sums.SumLog += w * l;
        sums.SumLog2 += w * l * l;
    }

    /// <summary>A state's sums, its regions gathered through the membership index.</summary>
    internal RegionSums SumsOf(int state)
    {
        var sums = new RegionSums();
        foreach (var r in _world.States.RegionsOf(state))
        {
            Add(ref sums, r);
        }

        return sums;
    }

    /// <summary>
    /// Every state's sums in one pass over the regions in ascending order, each added into its owner's: with the
    /// membership index up to date a state's regions come in the order the index lists them, so the sums are the same
    /// bits as <see cref="SumsOf"/>, without a gather through the index for each state. Returns the sums by state.
    /// </summary>
    internal ReadOnlySpan<RegionSums> StreamSums()
    {
        var sums = _regionSums;
        Array.Clear(sums);
        var owner = _world.Regions.Owner;
        for (var r = 0; r < owner.Length; r++)
        {
            Add(ref sums[owner[r]], r);
        }

        return sums;
    }

    private CountryYear Covariates(int state, int tick, int year, StateGraph graph, in RegionSums sums)
    {
        var p = _p;
        var states = _world.States;
        var population = (double)states.Population[state];
        var income = states.IncomePerCapita(state);
        var mean = population > 0 ? sums.SumLog / population : 0;
        var inequality = population > 0 ? Math.Sqrt(Math.Max(0, (sums.SumLog2 / population) - (mean * mean))) : 0;
        var percentMountainous = sums.Count > 0 ? 100.0 * sums.Mountainous / sums.Count : 0;
        var oil = sums.Output > 0 && sums.OilOutput / sums.Output >= p.OilExporterShare;
        var newState = states.FoundedTick[state] > 0 && tick - states.FoundedTick[state] < 24;
        var instability = tick - _state.InstabilityTick[state] < 36;
        var priorWar = tick - _state.LastWarEnd[state] <= 12 || states.CivilWar[state] >= 0;
        var reference = Saturation.Of(_economy.ReferenceWelfareShare, _economy.HumanCapitalHalfShare);
        var neglect = Math.Max(0, 1 - (Saturation.Of(states.WelfareEffort[state], _economy.HumanCapitalHalfShare) / reference));
        var repression = Math.Log(1 + (population > 0 ? _state.Repression[state] / population * 1e5 : 0));
        var neighbourWar = false;
        foreach (var j in graph.Neighbours(state))
        {
            neighbourWar |= states.CivilWar[j] >= 0;
        }

        var refugees = Math.Log(1 + (population > 0 ? _refugeesHosted[state] / population * 1000 : 0));
        var postWar = _state.LastWarEnd[state] > Never ? Math.Exp(-(tick - _state.LastWarEnd[state]) / 12.0 / p.PostWarYears) : 0;
        var gdp = income / p.IncomeDeflator / 1000;
        var logPopulation = Math.Log(Math.Max(population / 1000, 1e-3));
        var logMountainous = Math.Log(1 + percentMountainous);
        var atWar = states.CivilWar[state] >= 0;
        var row = new CountryYear(year, state, states.Name[state], income, gdp, logPopulation, logMountainous, oil, newState, instability,
            priorWar, neglect, repression, inequality, neighbourWar, refugees, postWar, 0, !atWar, false, atWar,
            _state.LastWarEnd[state] > Never ? (tick - _state.LastWarEnd[state]) / 12.0 : -1, _world.Measures.Mission[state]);
        return row with { Hazard = Hazard(p, row, _world.Measures.Monitoring[state]) };
    }

    /// <summary>
    /// The annual onset probability: the logistic of Fearon &amp; Laitin's linear predictor (Table 1, Model 1) plus the
    /// seeds' terms, each a coefficient of <paramref name="p"/> times the covariate in <paramref name="row"/>. A
    /// peacekeeping mission's <paramref name="monitoring"/> (0 to 1) takes that share of the post-war and instability
    /// terms away: what it guarantees is the settlement and the transition, not the country's poverty or size.
    /// </summary>
    public static double Hazard(CivilWarParameters p, CountryYear row, double monitoring = 0)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(row);
        var eta = p.Constant
            + (p.Income * row.Income1985Thousands)
            + (p.LogPopulation * row.LogPopulation)
            + (p.LogMountainous * row.LogMountainous)
            + (row.Oil ? p.Oil : 0)
            + (row.NewState ? p.NewState : 0)
            + (row.Instability ? p.Instability * (1 - monitoring) : 0)
            + (row.PriorWar ? p.PriorWar : 0)
            + (p.Neglect * row.Neglect)
            + (p.Repression * row.Repression)
            + (p.Inequality * (row.Inequality - p.InequalityReference))
            + (row.NeighbourWar ? p.NeighbourWar : 0)
            + (p.Refugees * row.Refugees)
            + (p.PostWar * row.PostWar * (1 - monitoring));
        return 1 / (1 + Math.Exp(-eta));
    }

    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Onsets(int tick, int year, CounterRng rng)
    {
        var states = _world.States;
        var regions = _world.Regions;
        _world.Displacement.RefugeesHosted(_refugeesHosted, regions.Owner);

        var decay = Math.Exp(-1.0 / 5);
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                continue;
            }

            // Instability: territory lost or income fallen since last January.
            if (states.RegionCount[s] < _state.LastRegions[s]
                || (_state.LastIncome[s] > 0 && states.IncomePerCapita(s) < (1 - _p.RecessionThreshold) * _state.LastIncome[s]))
            {
                _state.InstabilityTick[s] = tick;
            }

            _state.Repression[s] = (_state.Repression[s] * decay) + _state.KillingsThisYear[s];
            _state.KillingsThisYear[s] = 0;
        }

        // Neighbours as the Policy phase saw them at the start of the month (one graph a tick, not one per change).
        // Every state's covariates are taken before any war of this January starts, so no state's risk depends on
        // whether a state with a lower id drew an outbreak first.
        var graph = StateGraph.Current(_world);
        var streamed = _world.MembershipChanged ? default : StreamSums();

        var panel = new List<CountryYear>(states.Count);
        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s] && states.Population[s] > 0)
            {
                var row = Covariates(s, tick, year, graph, streamed.IsEmpty ? SumsOf(s) : streamed[s]);
                var onset = _p.Onsets && row.AtRisk && rng.Uniform(tick, RngStream.CivilWar, s, DrawOnset) < row.Hazard;
                panel.Add(row with { Onset = onset });
            }
        }

        foreach (var row in panel)
        {
            _events.Report(row);
        }

        foreach (var row in panel)
        {
            if (row.Onset)
            {
                Start(row.State, tick, rng);
            }
        }

        for (var s = 0; s < states.Count; s++)
        {
            _state.LastIncome[s] = states.Alive[s] ? states.IncomePerCapita(s) : 0;
            _state.LastRegions[s] = states.Alive[s] ? states.RegionCount[s] : 0;
        }
    }

    /// <summary>
    /// Starts a civil war in a living state at peace now, whatever its hazard: for scripted scenarios (an instructor's
    /// crisis) and experiments. Returns the new war.
    /// </summary>
    public CivilConflict Begin(int state, in TickContext context)
    {
        var states = _world.States;
        if (state < 0 || state >= states.Count || !states.Alive[state])
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "no living state has this id");
        }

        if (states.CivilWar[state] >= 0)
        {
            throw new InvalidOperationException($"{states.Name[state]} is already at civil war");
        }

        Start(state, context.Tick, context.Rng);
        return _state.Conflicts[^1];
    }

    /// <summary>Rebels rise in a region chosen by grievance: poorer than the state, rugged and far from the capital.</summary>
    private void Start(int state, int tick, CounterRng rng)
    {
        var states = _world.States;
        var regions = _world.Regions;
        var capital = states.Capital[state];
        var members = states.RegionsOf(state);
        var meanLog = Math.Log(Math.Max(states.IncomePerCapita(state), 1));
        var farthest = 0.0;
        foreach (var r in members)
        {
            farthest = Math.Max(farthest, Distance(r, capital));
        }

        var seed = capital;
        var total = 0.0;
        foreach (var r in members)
        {
            if (r != capital)
            {
                total += Grievance(r, capital, meanLog, farthest);
            }
        }

        if (total > 0)
        {
            var u = rng.Uniform(tick, RngStream.CivilWar, state, DrawSeed) * total;
            foreach (var r in members)
            {
                if (r == capital)
                {
                    continue;
                }

                seed = r;
                u -= Grievance(r, capital, meanLog, farthest);
                if (u < 0)
                {
                    break;
                }
            }
        }

        var aim = seed != capital && rng.Uniform(tick, RngStream.CivilWar, state, DrawAim) < _p.SecessionistShare
            ? CivilWarAim.Territory
            : CivilWarAim.Government;
        var id = _state.Conflicts.Count;
        var war = new CivilConflict
        {
            Id = id,
            State = state,
            StateName = states.Name[state],
            RebelName = aim == CivilWarAim.Territory ? $"{regions.Name[seed]} Liberation Front" : $"{states.Name[state]} Revolutionary Front",
            Aim = aim,
            SeedRegion = seed,
            StartTick = tick,
            Brutality = Math.Exp(_p.BrutalitySd * rng.Normal(tick, RngStream.CivilWar, state, DrawBrutality)),
            Fighters = _p.InitialFighters,
        };
        _state.Conflicts.Add(war);
        states.CivilWar[state] = id;
        if (seed != capital)
        {
            regions.Rebels[seed] = id;
        }

        var over = aim == CivilWarAim.Territory ? "territory" : "government";
        _events.Publish(new CivilWarStarted(tick, state, seed, war.Fighters, $"civil war {id}: {war.RebelName} against the government of {war.StateName} over {over}"));
    }

    private double Grievance(int region, int capital, double meanLog, double farthest)
    {
        var regions = _world.Regions;
        var relative = meanLog - Math.Log(Math.Max(regions.IncomePerCapita[region], 1));
        var remote = farthest > 0 ? Distance(region, capital) / farthest : 0;
        return Math.Exp(2 * (relative + regions.Ruggedness[region] + remote));
    }

    private double Distance(int a, int b)
    {
        var regions = _world.Regions;
        var dx = regions.X[a] - regions.X[b];
        var dy = regions.Y[a] - regions.Y[b];
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    // ---------------------------------------------------------------- proxies

    /// <summary>
    /// Each January the strongest living states (by capability index, whether or not at war themselves) pick sides in
    /// ongoing civil wars other than their own and other patrons': a patron arms
    /// the government of an ally, or the rebels against a member of another alliance; the strongest patron on each side
    /// is the one that arms it.
    /// </summary>
    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ChoosePatrons(int tick, int year, CounterRng rng)
    {
        _rng = rng;
        var states = _world.States;
        _patrons.Clear();
        if (_p.Patrons <= 0 || _p.ProxyArms <= 0)
        {
            return;
        }

        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s])
            {
                _patrons.Add(s);
            }
        }

        _patrons.Sort((a, b) => states.Cinc[b] != states.Cinc[a] ? states.Cinc[b].CompareTo(states.Cinc[a]) : a.CompareTo(b));
        if (_patrons.Count > _p.Patrons)
        {
            _patrons.RemoveRange(_p.Patrons, _patrons.Count - _p.Patrons);
        }

        foreach (var war in _state.Conflicts)
        {
            if (!war.IsOngoing)
            {
                continue;
            }

            // Major powers do not arm sides inside one another: that would be war between them by other means.
            if (_patrons.Contains(war.State))
            {
                war.GovernmentPatron = war.RebelPatron = -1;
                continue;
            }

            var government = -1;
            var rebels = -1;
            foreach (var patron in _patrons)
            {
                if (patron == war.State)
                {
                    continue;
                }

                // Whether this patron takes an interest in this war at all: one draw for the pair, the same every year.
                var interest = new Odds(_p.ProxyPropensity, _rng.Uniform(war.StartTick, RngStream.CivilWar, -1 - war.Id, DrawPatron + (16u * (uint)patron)));
                var rival = !states.Allied(patron, war.State) && states.Alliance[patron] >= 0 && states.Alliance[war.State] >= 0;
                switch (_governments[patron].ArmsSide(_governments.View(patron, tick, year), new ProxyChoice(war.State, states.Allied(patron, war.State), rival, interest)))
                {
                    case ProxySide.Government:
                        government = government < 0 ? patron : government;
                        break;
                    case ProxySide.Rebels:
                        rebels = rebels < 0 ? patron : rebels;
                        break;
                    default:
                        break;
                }
            }

            if (government >= 0 && government != war.GovernmentPatron)
            {
                _events.Publish(new ProxySupport(tick, government, war.SeedRegion, war.State, $"{states.Name[government]} arms the government of {war.StateName} (civil war {war.Id})"));
            }

            if (rebels >= 0 && rebels != war.RebelPatron)
            {
                _events.Publish(new ProxySupport(tick, rebels, war.SeedRegion, war.State, $"{states.Name[rebels]} arms the {war.RebelName} (civil war {war.Id})"));
            }

            war.GovernmentPatron = government;
            war.RebelPatron = rebels;
        }
    }

    // ---------------------------------------------------------------- fighting

    private void Fight(CivilConflict war, int tick, CounterRng rng)
    {
        var p = _p;
        var states = _world.States;
        var regions = _world.Regions;
        var state = war.State;
        var entity = -1 - war.Id;
        var capital = states.Capital[state];
        GatherFighting(war);

        // The rebels' base: the regions they hold, or a quarter of their home region while they hold none.
        var basePeople = 0.0;
        var baseOutput = 0.0;
        foreach (var r in _held)
        {
            basePeople += regions.Population[r];
            baseOutput += regions.Output(r);
        }

        if (_held.Count == 0 && regions.Owner[war.SeedRegion] == state)
        {
            basePeople = 0.25 * regions.Population[war.SeedRegion];
            baseOutput = 0.25 * regions.Output(war.SeedRegion);
        }

        var rugged = 0.0;
        var fightingPeople = 0.0;
        foreach (var r in _fighting)
        {
            rugged += regions.Ruggedness[r];
            fightingPeople += regions.Population[r];
        }

        rugged = _fighting.Count > 0 ? rugged / _fighting.Count : 0;

        // Outside arms: a patron's arms to the rebels keep more fighters in the field; to the government, more forces.
        bool rebelsArmed = false, governmentArmed = false;
        var armedFighters = 0.0;
        if (war.RebelPatron >= 0 && states.Alive[war.RebelPatron])
        {
            var arms = p.ProxyArms / 12 * states.MilitaryCapability[war.RebelPatron];
            states.MilitaryCapability[war.RebelPatron] -= arms;
            armedFighters = 12 * arms / p.ArmsPerFighter;
            war.Arms += arms;
            rebelsArmed = true;
        }

        if (war.GovernmentPatron >= 0 && states.Alive[war.GovernmentPatron])
        {
            var arms = p.ProxyArms / 12 * states.MilitaryCapability[war.GovernmentPatron];
            states.MilitaryCapability[war.GovernmentPatron] -= arms;
            states.MilitaryCapability[state] += arms;
            war.Arms += arms;
            governmentArmed = true;
        }

        // Strength: the government commits a share of its forces; the rebels' numbers grow by recruits drawn through
        // the fighters' own networks, faster where income is low, up to the ceiling their base can field, and fall by
        // their losses, so an insurgency that recruits faster than it loses grows and one that does not withers.
        var soldierCost = p.SoldierCostYears * Math.Max(states.IncomePerCapita(state), 1);
        var troops = p.Deployment * states.MilitaryCapability[state] / soldierCost;
        var rebelStrength = war.Fighters * p.RebelEffectiveness * (1 + (p.TerrainCover * rugged));
        var share = rebelStrength + troops > 0 ? rebelStrength / (rebelStrength + troops) : 0.5;
        war.RebelShare = share;
        var baseIncome = basePeople > 0 ? baseOutput / basePeople : p.RecruitmentIncome;
        var poverty = Math.Min(2, Math.Sqrt(p.RecruitmentIncome / Math.Max(baseIncome, 1)));
        var potential = (p.Recruitment * basePeople * poverty) + armedFighters;
        var rebelLosses = Math.Min(war.Fighters, p.RebelAttrition / 12 * war.Fighters * 2 * (1 - share));
        var governmentLosses = Math.Min(troops, p.GovernmentAttrition / 12 * war.Fighters * 2 * share);
        var recruits = potential > 0 ? p.RecruitmentRate / 12 * poverty * war.Fighters * Math.Max(0, 1 - (war.Fighters / potential)) : 0;
        war.Fighters = Math.Max(0, war.Fighters - rebelLosses + recruits);
        states.MilitaryCapability[state] = Math.Max(0, states.MilitaryCapability[state] - (governmentLosses * soldierCost));

        // Deaths: battle deaths of each side, and civilians killed by each, spread over the regions concerned by population.
        // Each is at most the people of the regions concerned, and Spread takes no more than each region has left.
        var carry = war.GovernmentDeathCarry;
        var governmentDead = WholePeople.Take(Math.Min(p.KilledShare * governmentLosses, fightingPeople), ref carry);
        war.GovernmentDeathCarry = carry;
        carry = war.RebelDeathCarry;
        var rebelDead = WholePeople.Take(Math.Min(p.KilledShare * rebelLosses, fightingPeople), ref carry);
        war.RebelDeathCarry = carry;
        var restraint = (1 - (p.ProtectionEffect * states.CivilianProtection[state])) * (1 - _world.Measures.ExternalProtection[state]);
        carry = war.GovernmentKillingCarry;
        var governmentKills = WholePeople.Take(Math.Min(p.GovernmentViolence / 1e5 / 12 * fightingPeople * share * war.Brutality * restraint, fightingPeople), ref carry);
        war.GovernmentKillingCarry = carry;
        var heldPeople = 0.0;
        foreach (var r in _held)
        {
            heldPeople += regions.Population[r];
        }

        carry = war.RebelKillingCarry;
        var rebelKills = WholePeople.Take(Math.Min(p.RebelViolence / 1e5 / 12 * heldPeople * (1 - share) * war.Brutality, heldPeople), ref carry);
        war.RebelKillingCarry = carry;
        var conflict = war.ConflictName;
        var government = war.GovernmentSide;
        (governmentDead, rebelDead) = Spread(_fighting, governmentDead, rebelDead, tick, ViolenceType.StateBased, conflict, government, war.RebelName);
        (governmentKills, _) = Spread(_fighting, governmentKills, 0, tick, ViolenceType.OneSided, conflict, government, "");
        (rebelKills, _) = Spread(_held, rebelKills, 0, tick, ViolenceType.OneSided, conflict, war.RebelName, "");
        war.GovernmentBattleDeaths += governmentDead;
        war.RebelBattleDeaths += rebelDead;
        war.YearBattleDeaths += governmentDead + rebelDead;
        war.GovernmentKillings += governmentKills;
        war.RebelKillings += rebelKills;
        _state.KillingsThisYear[state] += governmentKills;
        Atrocities(war, tick, governmentKills, rebelKills);

        // The front moves.
        if (rng.Uniform(tick, RngStream.CivilWar, entity, DrawFront) < p.FrontMovement)
        {
            var rebelsAdvance = rng.Uniform(tick, RngStream.CivilWar, entity, DrawFrontSide) < share;
            var pick = rng.Uniform(tick, RngStream.CivilWar, entity, DrawFrontRegion);
            if (rebelsAdvance)
            {
                RebelTargets(war);
                var target = _candidates.Count > 0 ? _candidates[Math.Min(_candidates.Count - 1, (int)(pick * _candidates.Count))] : -1;
                if (target == capital)
                {
                    // The government's last stand: the capital falls only if the rebels also win a second draw.
                    if (rng.Uniform(tick, RngStream.CivilWar, entity, DrawCapital) < share * share)
                    {
                        End(war, CivilWarOutcome.RebelVictory, tick);
                        return;
                    }
                }
                else if (target >= 0)
                {
                    regions.Rebels[target] = war.Id;
                    _held.Add(target);
                }
            }
            else if (_held.Count > 0)
            {
                var target = _held[Math.Min(_held.Count - 1, (int)(pick * _held.Count))];
                regions.Rebels[target] = -1;
                _held.Remove(target);
            }
        }

        // Endings.
        if (war.Fighters < p.DefeatFighters)
        {
            End(war, CivilWarOutcome.GovernmentVictory, tick);
            return;
        }

        // A patron keeps its client in the fight: outside arms cut the probability that the side they reach is beaten,
        // and either side's arms cut the probability of a settlement (Regan 2002).
        var keepRebels = rebelsArmed ? 1 - p.ProxyProlongs : 1;
        var keepGovernment = governmentArmed ? 1 - p.ProxyProlongs : 1;
        var settle = p.Settlement * 4 * share * (1 - share) * (rebelsArmed || governmentArmed ? 1 - p.ProxyProlongs : 1);
        if (rng.Uniform(tick, RngStream.CivilWar, entity, DrawSettle) < settle)
        {
            End(war, CivilWarOutcome.Settlement, tick);
            return;
        }

        if (rng.Uniform(tick, RngStream.CivilWar, entity, DrawGovernmentWins) < p.Victory * (1 - share) * keepRebels)
        {
            End(war, CivilWarOutcome.GovernmentVictory, tick);
            return;
        }

        var rebelsWin = keepGovernment * (war.Aim == CivilWarAim.Government
            ? p.Victory * share
            : _held.Count > 0 ? p.Secession * share : 0);
        if (rng.Uniform(tick, RngStream.CivilWar, entity, DrawRebelsWin) < rebelsWin)
        {
            End(war, war.Aim == CivilWarAim.Government ? CivilWarOutcome.RebelVictory : CivilWarOutcome.Secession, tick);
            return;
        }

        // Low activity: at the end of a calendar year the war fought from its January, fewer than UCDP's 25 battle
        // deaths in the year end the conflict with neither side beaten and no agreement (Kreutz 2010).
        if (tick % 12 == 11)
        {
            var quiet = war.StartTick <= tick - 11 && war.YearBattleDeaths < ArmedConflictListWriter.Threshold;
            war.YearBattleDeaths = 0;
            if (quiet)
            {
                End(war, CivilWarOutcome.LowActivity, tick);
            }
        }
    }

    /// <summary>
    /// Lists the regions the rebels hold (<see cref="_held"/>) and those fought over (<see cref="_fighting"/>): the held
    /// regions and the government's regions next to them; while the rebels hold none, their home region (or, if it is
    /// gone, the capital).
    /// </summary>
    private void GatherFighting(CivilConflict war)
    {
        var states = _world.States;
        var regions = _world.Regions;
        _held.Clear();
        _fighting.Clear();
        foreach (var r in states.RegionsOf(war.State))
        {
            if (regions.Rebels[r] == war.Id)
            {
                _held.Add(r);
            }
        }

        var stamp = ++_stamp;
        foreach (var r in _held)
        {
            _seen[r] = stamp;
            _fighting.Add(r);
        }

        foreach (var r in _held)
        {
            foreach (var n in _world.Adjacency.Of(r))
            {
                if (_seen[n] != stamp && regions.Owner[n] == war.State)
                {
                    _seen[n] = stamp;
                    _fighting.Add(n);
                }
            }
        }

        _fighting.Sort();
        if (_fighting.Count == 0)
        {
            _fighting.Add(regions.Owner[war.SeedRegion] == war.State ? war.SeedRegion : states.Capital[war.State]);
        }
    }

    /// <summary>The government's regions the rebels can take: next to theirs (the capital only for rebels who want the government).</summary>
    private void RebelTargets(CivilConflict war)
    {
        var states = _world.States;
        var regions = _world.Regions;
        var capital = states.Capital[war.State];
        _candidates.Clear();
        foreach (var r in _fighting)
        {
            if (regions.Rebels[r] != war.Id && (r != capital || war.Aim == CivilWarAim.Government))
            {
                _candidates.Add(r);
            }
        }

        if (_held.Count == 0 && _candidates.Count == 0 && regions.Owner[war.SeedRegion] == war.State && war.SeedRegion != capital)
        {
            _candidates.Add(war.SeedRegion);
        }
    }

    /// <summary>
    /// Splits whole deaths over regions in proportion to population and records one event per region and month. Nobody
    /// dies twice: a region's part is at most its people not already killed this tick (A's deaths first). Returns the
    /// deaths of each side recorded.
    /// </summary>
    private (long A, long B) Spread(List<int> where, long deathsA, long deathsB, int tick, ViolenceType type, string conflict, string sideA, string sideB)
    {
        if (deathsA + deathsB == 0 || where.Count == 0)
        {
            return (0, 0);
        }

        var regions = _world.Regions;
        var n = where.Count;
        if (_weights.Length < n)
        {
            _weights = new double[n * 2];
            _parts = new long[n * 2];
            _partsB = new long[n * 2];
            _remainders = new double[n * 2];
        }

        var weights = _weights.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            weights[i] = Math.Max(regions.Population[where[i]], 1);
        }

        var a = _parts.AsSpan(0, n);
        Apportionment.Split(deathsA, weights, a, _remainders.AsSpan(0, n));
        var b = _partsB.AsSpan(0, n);
        Apportionment.Split(deathsB, weights, b, _remainders.AsSpan(0, n));
        long recordedA = 0, recordedB = 0;
        for (var i = 0; i < n; i++)
        {
            var r = where[i];
            var left = Math.Max(0, regions.Population[r] - regions.ConflictDeaths[r]);
            a[i] = Math.Min(a[i], left);
            b[i] = Math.Min(b[i], left - a[i]);
            if (a[i] + b[i] == 0)
            {
                continue;
            }

            recordedA += a[i];
            recordedB += b[i];
            regions.ConflictDeaths[r] += a[i] + b[i];
            if (type == ViolenceType.OneSided)
            {
                _killed.Add(r);
                _killedThisMonth[r] += a[i];
                _events.Report(new ViolenceEvent(type, conflict, sideA, sideB, r, regions.Owner[r], tick, 0, 0, a[i]));
            }
            else
            {
                _events.Report(new ViolenceEvent(type, conflict, sideA, sideB, r, regions.Owner[r], tick, a[i], b[i], 0));
            }
        }

        return (recordedA, recordedB);
    }

    /// <summary>Records a mass atrocity when one side's killings over the last twelve months pass the threshold (at most once a year per side).</summary>
    private void Atrocities(CivilConflict war, int tick, long governmentKills, long rebelKills)
    {
        var month = tick % 12;
        war.GovernmentKillingsByMonth[month] = governmentKills;
        war.RebelKillingsByMonth[month] = rebelKills;
        var government = war.GovernmentKillingsByMonth.Sum();
        var rebels = war.RebelKillingsByMonth.Sum();
        var states = _world.States;
        if (government >= _p.AtrocityThreshold && tick - war.GovernmentAtrocityTick >= 12)
        {
            war.GovernmentAtrocityTick = tick;
            _state.LastAtrocityTick[war.State] = tick;
            _events.Publish(new MassAtrocity(tick, war.State, war.SeedRegion, government, string.Create(CultureInfo.InvariantCulture, $"the government of {states.Name[war.State]} killed {government:N0} civilians in twelve months (civil war {war.Id})"), ByGovernment: true));
        }

        if (rebels >= _p.AtrocityThreshold && tick - war.RebelAtrocityTick >= 12)
        {
            war.RebelAtrocityTick = tick;
            _state.LastAtrocityTick[war.State] = tick;
            _events.Publish(new MassAtrocity(tick, war.State, war.SeedRegion, rebels, string.Create(CultureInfo.InvariantCulture, $"the {war.RebelName} killed {rebels:N0} civilians in twelve months (civil war {war.Id})"), ByGovernment: false));
        }
    }

    private void End(CivilConflict war, CivilWarOutcome outcome, int tick)
    {
        var states = _world.States;
        var regions = _world.Regions;
        var state = war.State;
        _held.Clear();
        if (states.Alive[state])
        {
            foreach (var r in states.RegionsOf(state))
            {
                if (regions.Rebels[r] == war.Id)
                {
                    _held.Add(r);
                }
            }
        }

        foreach (var r in _held)
        {
            regions.Rebels[r] = -1;
        }

        war.RegionsAtEnd = [.. _held];

        if (outcome == CivilWarOutcome.Secession)
        {
            var capital = _held.Contains(war.SeedRegion) ? war.SeedRegion : _held[0];
            var slot = _world.FoundState(capital, tick, $"{regions.Name[capital]} Republic", war.State);
            if (slot < 0)
            {
                outcome = CivilWarOutcome.Settlement; // no free slot in this world: the rebels settle for autonomy
            }
            else
            {
                foreach (var r in _held)
                {
                    _world.TransferRegion(r, slot);
                }

                _world.RefreshMembership();
                states.Technology[slot] = states.Technology[state];
                states.MilitaryCapability[slot] = war.Fighters * _p.SoldierCostYears * Math.Max(regions.IncomePerCapita[capital], 1); // the rebels become its army
                war.NewState = slot;
                _state.Founded[slot] = tick;
                Forget(slot);
                _events.Publish(new StateEmerged(tick, slot, capital, _held.Count, $"{states.Name[slot]} secedes from {war.StateName} (civil war {war.Id})"));
            }
        }

        if (outcome is CivilWarOutcome.RebelVictory or CivilWarOutcome.Secession && states.Alive[state])
        {
            _state.InstabilityTick[state] = tick;
        }

        war.Outcome = outcome;
        war.EndTick = tick;
        if (states.Alive[state] || states.CivilWar[state] == war.Id)
        {
            states.CivilWar[state] = -1;
        }

        if (states.Alive[state])
        {
            _state.LastWarEnd[state] = tick;
        }

        _events.Publish(new CivilWarEnded(tick, state, war.SeedRegion, war.BattleDeaths, string.Create(CultureInfo.InvariantCulture, $"civil war {war.Id} in {war.StateName}: {OutcomeName(outcome)} after {war.DurationYears(tick):0.0} years")));
    }

    public static string OutcomeName(CivilWarOutcome outcome) => outcome switch
    {
        CivilWarOutcome.GovernmentVictory => "government victory",
        CivilWarOutcome.RebelVictory => "rebel victory",
        CivilWarOutcome.Secession => "secession",
        CivilWarOutcome.Settlement => "settlement",
        CivilWarOutcome.LowActivity => "low activity",
        CivilWarOutcome.StateDied => "the state died",
        _ => "ongoing",
    };

    /// <summary>Lists the regions fought over this month in every civil war, ascending, for <see cref="WarEffects"/>.</summary>
    private void GatherAllFighting()
    {
        var stamp = ++_stamp;
        foreach (var war in _state.Conflicts)
        {
            if (!war.IsOngoing)
            {
                continue;
            }

            GatherFighting(war);
            foreach (var r in _fighting)
            {
                if (_seenAll[r] != stamp)
                {
                    _seenAll[r] = stamp;
                    _allFighting.Add(r);
                }
            }
        }

        _allFighting.Sort();
    }

    // ---------------------------------------------------------------- checkpoints

    CivilWarState ICheckpointed<CivilWarState>.State => _state;

    void ICheckpointed<CivilWarState>.Restore(CivilWarState state)
    {
        _state = state;
        _seenOwnership = -1;
    }
}
