using Westphalia.Events;
using Westphalia.Scenarios;

namespace Westphalia.Metrics;

/// <summary>
/// Observes the world at the end of every tick: sums flows over the observation window (a month or a year) and, at
/// the window's end, appends one row per state and one for the world, with stocks, flows and the Human Security
/// Index aggregated population-weighted from the regions.
/// </summary>
public sealed class Recorder
{
    private const int FlowBirths = 0;
    private const int FlowDeaths = 1;
    private const int FlowViolentDeaths = 2;
    private const int FlowNetMigration = 3;
    private const int FlowTax = 4;
    private const int FlowAidReceived = 5;
    private const int FlowMilitary = 6;
    private const int FlowWelfare = 7;
    private const int FlowPolice = 8;
    private const int FlowAidGiven = 9;
    private const int FlowCount = 10;

    /// <summary>Births, deaths, violent deaths and net migration: the flows summed from regions.</summary>
    private const int PeopleFlowCount = 4;

    private readonly World _world;
    private readonly EventBus _bus;
    private readonly OutputCadence _cadence;
    private readonly HumanSecurityIndex _index;
    private readonly long[] _stateFlows;
    private readonly long[] _regionViolentDeaths;
    private readonly double[] _lastYearIncome;
    private readonly HumanSecurityScores[] _scores;
    private readonly ScoreSum[] _stateScores;
    private readonly long[][] _chunkFlows;
    private readonly int _lastTick;
    private int _windowMonths;

    public Recorder(World world, Scenario scenario, EventBus events)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(events);
        _world = world;
        _bus = events;
        events.Subscribe(Events.Add);
        _cadence = scenario.Output.Cadence;
        _lastTick = scenario.Ticks - 1;
        _index = new HumanSecurityIndex(scenario.Parameters.HumanSecurity);
        _stateFlows = new long[world.States.Count * FlowCount];
        _regionViolentDeaths = new long[world.Regions.Count];
        _lastYearIncome = new double[world.States.Count];
        _scores = new HumanSecurityScores[world.Regions.Count];
        _stateScores = new ScoreSum[world.States.Count];
        var chunks = Math.Max(1, (world.Regions.Count + RegionParallel.ChunkSize - 1) / RegionParallel.ChunkSize);
        _chunkFlows = [.. Enumerable.Range(0, chunks).Select(_ => new long[world.States.Count * PeopleFlowCount])];
        States = new Table("states", StateColumns());
        Regions = new Table("regions", RegionColumns());
        WorldSeries = new Table("world", WorldColumns());
    }

    public Table States { get; }

    public Table WorldSeries { get; }

    /// <summary>Every region at the end of the run (filled at the last tick).</summary>
    public Table Regions { get; }

    /// <summary>The event log: every event published on the run's bus, in order (events.jsonl).</summary>
    public List<SimulationEvent> Events { get; } = [];

    /// <summary>Organised violence, one row per conflict, type, region and month (UCDP GED layout).</summary>
    public List<ViolenceEvent> Violence { get; } = [];

    public HumanSecurityIndex Index => _index;

    /// <summary>Logs the founding of every state and remembers incomes for the first year's comparison.</summary>
    public void Start()
    {
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            _lastYearIncome[s] = states.IncomePerCapita(s);
            if (states.FoundedTick[s] == 0)
            {
                _bus.Publish(new StateCreated(0, s, states.Capital[s], states.Population[s], states.Name[s]));
            }
        }
    }

    public void Observe(in TickContext context)
    {
        Accumulate(context.Threads);
        _windowMonths++;
        if (context.IsYearEnd)
        {
            DetectRecessions(context.Tick);
        }

        if (_cadence == OutputCadence.Monthly || context.IsYearEnd)
        {
            WriteRows(context);
            if (context.Tick == _lastTick)
            {
                WriteRegions(context);
            }

            Array.Clear(_stateFlows);
            Array.Clear(_regionViolentDeaths);
            _windowMonths = 0;
        }
    }

    /// <summary>
    /// Adds this tick's flows to the window. Regions are taken in fixed ranges, each range summing into its own
    /// buffer; people are whole numbers, so the totals are exact and the same on any number of threads.
    /// </summary>
    private void Accumulate(int threads)
    {
        var regions = _world.Regions;
        var states = _world.States;
        var violentWindow = _regionViolentDeaths;
        var owner = regions.Owner;
        var births = regions.Births;
        var deaths = regions.Deaths;
        var violent = regions.ViolentDeaths;
        var migrantsIn = regions.MigrantsIn;
        var migrantsOut = regions.MigrantsOut;
        var buffers = _chunkFlows;
        RegionParallel.For(regions.Count, threads, (first, end) =>
        {
            var buffer = buffers[first / RegionParallel.ChunkSize];
            Array.Clear(buffer);
            for (var r = first; r < end; r++)
            {
                var f = owner[r] * PeopleFlowCount;
                buffer[f] += births[r];
                buffer[f + 1] += deaths[r];
                buffer[f + 2] += violent[r];
                buffer[f + 3] += migrantsIn[r] - migrantsOut[r];
                violentWindow[r] += violent[r];
            }
        });

        var used = threads <= 1 || regions.Count <= RegionParallel.ChunkSize ? 1 : buffers.Length;
        var flows = _stateFlows;
        for (var s = 0; s < states.Count; s++)
        {
            var f = s * FlowCount;
            for (var c = 0; c < used; c++)
            {
                var buffer = buffers[c];
                var p = s * PeopleFlowCount;
                flows[f + FlowBirths] += buffer[p];
                flows[f + FlowDeaths] += buffer[p + 1];
                flows[f + FlowViolentDeaths] += buffer[p + 2];
                flows[f + FlowNetMigration] += buffer[p + 3];
            }

            flows[f + FlowTax] += states.TaxRevenue[s];
            flows[f + FlowAidReceived] += states.AidReceived[s];
            flows[f + FlowMilitary] += states.MilitarySpending[s];
            flows[f + FlowWelfare] += states.WelfareSpending[s];
            flows[f + FlowPolice] += states.PoliceSpending[s];
            flows[f + FlowAidGiven] += states.AidGiven[s];
        }
    }

    private void DetectRecessions(int tick)
    {
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            var income = states.IncomePerCapita(s);
            if (states.Alive[s] && _lastYearIncome[s] > 0)
            {
                var growth = income / _lastYearIncome[s] - 1;
                if (growth <= -RecessionThreshold)
                {
                    _bus.Publish(new Recession(tick, s, -1, growth, states.Name[s]));
                }
            }

            _lastYearIncome[s] = income;
        }
    }

    /// <summary>A fall in income per capita over a calendar year at or beyond which a recession is logged.</summary>
    public const double RecessionThreshold = 0.02;

    /// <summary>Human security of one region over the current window.</summary>
    public HumanSecurityScores RegionScores(int r)
    {
        var regions = _world.Regions;
        var pop = regions.Population[r];
        var years = Math.Max(_windowMonths, 1) / 12.0;
        var violence = pop > 0 ? _regionViolentDeaths[r] / (double)pop / years * 1e5 : 0;
        var displaced = pop > 0 ? regions.Displaced[r] / (double)pop : 0;
        var income = _index.IncomeIndex(regions.IncomePerCapita[r]);
        var health = _index.HealthIndex(regions.LifeExpectancy[r]);
        var food = HumanSecurityIndex.FoodIndex(regions.FoodSecurity[r]);
        var violenceIndex = _index.ViolenceIndex(violence);
        var displacement = HumanSecurityIndex.DisplacementIndex(displaced);
        var want = _index.Want(income, health, food);
        var fear = _index.Fear(violenceIndex, displacement);
        return new HumanSecurityScores(regions.LifeExpectancy[r], regions.FoodSecurity[r], violence, displaced,
            income, health, food, violenceIndex, displacement, want, fear, _index.Combine(want, fear));
    }

    /// <summary>
    /// Appends the window's rows: region scores first (in parallel, each region its own), then each state's
    /// population-weighted sums over its regions in ascending order, then the world as the sum of the states in order.
    /// </summary>
    private void WriteRows(in TickContext context)
    {
        var states = _world.States;
        var threads = context.Threads;
        RegionParallel.For(_world.Regions.Count, threads, (first, end) =>
        {
            for (var r = first; r < end; r++)
            {
                _scores[r] = RegionScores(r);
            }
        });
        RegionParallel.For(states.Count, RegionParallel.StateChunkSize, threads, (first, end) =>
        {
            var population = _world.Regions.Population;
            for (var s = first; s < end; s++)
            {
                var sum = new ScoreSum();
                foreach (var r in states.RegionsOf(s))
                {
                    sum.Add(_scores[r], population[r]);
                }

                _stateScores[s] = sum;
            }
        });

        var world = new ScoreSum();
        long worldPop = 0;
        var worldFlows = new long[FlowCount];
        double worldOutput = 0, worldForces = 0;
        var alive = 0;
        var windowStart = context.Tick - _windowMonths + 1;
        for (var s = 0; s < states.Count; s++)
        {
            // Only states that existed during the window get a row (slots of states yet to emerge are skipped).
            if (states.FoundedTick[s] < 0 || (!states.Alive[s] && states.DeathTick[s] < windowStart))
            {
                continue;
            }

            world.Add(_stateScores[s]);
            var f = s * FlowCount;
            for (var k = 0; k < FlowCount; k++)
            {
                worldFlows[k] += _stateFlows[f + k];
            }

            worldPop += states.Population[s];
            worldOutput += states.Output[s];
            worldForces += states.MilitaryCapability[s];
            alive += states.Alive[s] ? 1 : 0;

            var t = States;
            AddTime(t, context);
            t["state_id"].Ints.Add(s);
            t["state"].Texts.Add(states.Name[s]);
            t["doctrine"].Texts.Add(states.Doctrine[s]);
            t["alive"].Bools.Add(states.Alive[s]);
            t["regions"].Ints.Add(states.RegionCount[s]);
            t["population"].Longs.Add(states.Population[s]);
            AddFlows(t, _stateFlows.AsSpan(f, FlowCount));
            t["output"].Doubles.Add(states.Output[s]);
            t["income_per_capita"].Doubles.Add(states.IncomePerCapita(s));
            t["military_capability"].Doubles.Add(states.MilitaryCapability[s]);
            t["cinc"].Doubles.Add(states.Cinc[s]);
            t["alliance"].Ints.Add(states.Alliance[s]);
            t["buffer"].Bools.Add(states.Buffer[s]);
            t["civil_war"].Bools.Add(states.CivilWar[s] >= 0);
            AddScores(t, _stateScores[s].Mean());
        }

        var w = WorldSeries;
        AddTime(w, context);
        w["states_alive"].Ints.Add(alive);
        w["regions"].Ints.Add(_world.Regions.Count);
        w["population"].Longs.Add(worldPop);
        AddFlows(w, worldFlows);
        w["output"].Doubles.Add(worldOutput);
        w["income_per_capita"].Doubles.Add(worldPop > 0 ? worldOutput / worldPop : 0);
        w["military_capability"].Doubles.Add(worldForces);
        AddScores(w, world.Mean());
    }

    private void WriteRegions(in TickContext context)
    {
        var regions = _world.Regions;
        var states = _world.States;
        var t = Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            var owner = regions.Owner[r];
            var scores = _scores[r];
            AddTime(t, context);
            t["region_id"].Ints.Add(r);
            t["region"].Texts.Add(regions.Name[r]);
            t["x"].Doubles.Add(regions.X[r]);
            t["y"].Doubles.Add(regions.Y[r]);
            t["state_id"].Ints.Add(owner);
            t["state"].Texts.Add(states.Name[owner]);
            t["capital"].Bools.Add(states.Capital[owner] == r);
            t["ruggedness"].Doubles.Add(regions.Ruggedness[r]);
            t["oil"].Bools.Add(regions.Oil[r]);
            t["rebels"].Ints.Add(regions.Rebels[r]);
            t["war_damage"].Doubles.Add(regions.WarDamage[r]);
            t["population"].Longs.Add(regions.Population[r]);
            t["income_per_capita"].Doubles.Add(regions.IncomePerCapita[r]);
            AddScores(t, scores);
        }
    }

    private static void AddTime(Table t, in TickContext context)
    {
        t["year"].Ints.Add(context.Year);
        t["month"].Ints.Add(context.Month);
        t["tick"].Ints.Add(context.Tick);
    }

    private static void AddFlows(Table t, ReadOnlySpan<long> flows)
    {
        t["births"].Longs.Add(flows[FlowBirths]);
        t["deaths"].Longs.Add(flows[FlowDeaths]);
        t["violent_deaths"].Longs.Add(flows[FlowViolentDeaths]);
        t["net_migration"].Longs.Add(flows[FlowNetMigration]);
        t["tax_revenue"].Longs.Add(flows[FlowTax]);
        t["aid_received"].Longs.Add(flows[FlowAidReceived]);
        t["military_spending"].Longs.Add(flows[FlowMilitary]);
        t["welfare_spending"].Longs.Add(flows[FlowWelfare]);
        t["police_spending"].Longs.Add(flows[FlowPolice]);
        t["aid_given"].Longs.Add(flows[FlowAidGiven]);
    }

    private static void AddScores(Table t, HumanSecurityScores s)
    {
        t["life_expectancy"].Doubles.Add(s.LifeExpectancy);
        t["food_security"].Doubles.Add(s.FoodSecurity);
        t["violent_death_rate"].Doubles.Add(s.ViolentDeathRate);
        t["displaced_share"].Doubles.Add(s.DisplacedShare);
        t["income_index"].Doubles.Add(s.IncomeIndex);
        t["health_index"].Doubles.Add(s.HealthIndex);
        t["food_index"].Doubles.Add(s.FoodIndex);
        t["violence_index"].Doubles.Add(s.ViolenceIndex);
        t["displacement_index"].Doubles.Add(s.DisplacementIndex);
        t["freedom_from_want"].Doubles.Add(s.FreedomFromWant);
        t["freedom_from_fear"].Doubles.Add(s.FreedomFromFear);
        t["hsi"].Doubles.Add(s.Index);
    }

    private static readonly (string, ColumnKind)[] TimeColumns = [("year", ColumnKind.Int), ("month", ColumnKind.Int), ("tick", ColumnKind.Int)];

    private static readonly (string, ColumnKind)[] FlowColumns =
    [
        ("births", ColumnKind.Long), ("deaths", ColumnKind.Long), ("violent_deaths", ColumnKind.Long), ("net_migration", ColumnKind.Long),
        ("tax_revenue", ColumnKind.Long), ("aid_received", ColumnKind.Long), ("military_spending", ColumnKind.Long),
        ("welfare_spending", ColumnKind.Long), ("police_spending", ColumnKind.Long), ("aid_given", ColumnKind.Long),
    ];

    private static readonly (string, ColumnKind)[] ScoreColumns =
    [
        ("life_expectancy", ColumnKind.Double), ("food_security", ColumnKind.Double), ("violent_death_rate", ColumnKind.Double),
        ("displaced_share", ColumnKind.Double), ("income_index", ColumnKind.Double), ("health_index", ColumnKind.Double),
        ("food_index", ColumnKind.Double), ("violence_index", ColumnKind.Double), ("displacement_index", ColumnKind.Double),
        ("freedom_from_want", ColumnKind.Double), ("freedom_from_fear", ColumnKind.Double), ("hsi", ColumnKind.Double),
    ];

    private static IEnumerable<(string, ColumnKind)> StateColumns() =>
    [
        .. TimeColumns,
        ("state_id", ColumnKind.Int), ("state", ColumnKind.Text), ("doctrine", ColumnKind.Text), ("alive", ColumnKind.Bool),
        ("regions", ColumnKind.Int), ("population", ColumnKind.Long),
        .. FlowColumns,
        ("output", ColumnKind.Double), ("income_per_capita", ColumnKind.Double),
        ("military_capability", ColumnKind.Double), ("cinc", ColumnKind.Double), ("alliance", ColumnKind.Int), ("buffer", ColumnKind.Bool),
        ("civil_war", ColumnKind.Bool),
        .. ScoreColumns,
    ];

    private static IEnumerable<(string, ColumnKind)> RegionColumns() =>
    [
        .. TimeColumns,
        ("region_id", ColumnKind.Int), ("region", ColumnKind.Text), ("x", ColumnKind.Double), ("y", ColumnKind.Double),
        ("state_id", ColumnKind.Int), ("state", ColumnKind.Text), ("capital", ColumnKind.Bool), ("ruggedness", ColumnKind.Double),
        ("oil", ColumnKind.Bool), ("rebels", ColumnKind.Int), ("war_damage", ColumnKind.Double),
        ("population", ColumnKind.Long), ("income_per_capita", ColumnKind.Double),
        .. ScoreColumns,
    ];

    private static IEnumerable<(string, ColumnKind)> WorldColumns() =>
    [
        .. TimeColumns,
        ("states_alive", ColumnKind.Int), ("regions", ColumnKind.Int), ("population", ColumnKind.Long),
        .. FlowColumns,
        ("output", ColumnKind.Double), ("income_per_capita", ColumnKind.Double), ("military_capability", ColumnKind.Double),
        .. ScoreColumns,
    ];

    /// <summary>The recorder's own state, for checkpoints.</summary>
    internal void Save(BinaryWriter writer)
    {
        CheckpointIo.Write(writer, _stateFlows);
        CheckpointIo.Write(writer, _regionViolentDeaths);
        CheckpointIo.Write(writer, _lastYearIncome);
        writer.Write(_windowMonths);
        CheckpointIo.Write(writer, States);
        CheckpointIo.Write(writer, WorldSeries);
        CheckpointIo.Write(writer, Regions);
        writer.Write(Events.Count);
        foreach (var e in Events)
        {
            EventCodec.Write(writer, e);
        }

        writer.Write(Violence.Count);
        foreach (var v in Violence)
        {
            v.Write(writer);
        }
    }

    internal void Load(BinaryReader reader)
    {
        CheckpointIo.Read(reader, _stateFlows);
        CheckpointIo.Read(reader, _regionViolentDeaths);
        CheckpointIo.Read(reader, _lastYearIncome);
        _windowMonths = reader.ReadInt32();
        CheckpointIo.Read(reader, States);
        CheckpointIo.Read(reader, WorldSeries);
        CheckpointIo.Read(reader, Regions);
        var count = reader.ReadInt32();
        Events.Clear();
        for (var i = 0; i < count; i++)
        {
            Events.Add(EventCodec.Read(reader));
        }

        count = reader.ReadInt32();
        Violence.Clear();
        for (var i = 0; i < count; i++)
        {
            Violence.Add(ViolenceEvent.Read(reader));
        }
    }

    /// <summary>Population-weighted sums of scores.</summary>
    private struct ScoreSum
    {
        private double _w, _le, _fs, _vd, _ds, _ii, _hi, _fi, _vi, _di, _want, _fear, _hsi;

        public void Add(in HumanSecurityScores s, long population)
        {
            double w = population;
            _w += w;
            _le += w * s.LifeExpectancy;
            _fs += w * s.FoodSecurity;
            _vd += w * s.ViolentDeathRate;
            _ds += w * s.DisplacedShare;
            _ii += w * s.IncomeIndex;
            _hi += w * s.HealthIndex;
            _fi += w * s.FoodIndex;
            _vi += w * s.ViolenceIndex;
            _di += w * s.DisplacementIndex;
            _want += w * s.FreedomFromWant;
            _fear += w * s.FreedomFromFear;
            _hsi += w * s.Index;
        }

        public void Add(in ScoreSum other)
        {
            _w += other._w;
            _le += other._le;
            _fs += other._fs;
            _vd += other._vd;
            _ds += other._ds;
            _ii += other._ii;
            _hi += other._hi;
            _fi += other._fi;
            _vi += other._vi;
            _di += other._di;
            _want += other._want;
            _fear += other._fear;
            _hsi += other._hsi;
        }

        public readonly HumanSecurityScores Mean()
        {
            if (_w <= 0)
            {
                return default;
            }

            var k = 1 / _w;
            return new HumanSecurityScores(_le * k, _fs * k, _vd * k, _ds * k, _ii * k, _hi * k, _fi * k, _vi * k, _di * k, _want * k, _fear * k, _hsi * k);
        }
    }
}
