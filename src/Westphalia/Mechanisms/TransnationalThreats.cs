using System.Runtime.CompilerServices;
using System.Globalization;
using Westphalia.Conflict;
using Westphalia.Events;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Randomness;
using Westphalia.Statistics;

namespace Westphalia.Mechanisms;

/// <summary>
/// Transnational terror and organised-crime networks and the police co-operation against them (docs/ODD.md, submodel
/// Transnational threats and Interpol). Each month, in this order:
/// <list type="number">
/// <item>notices in transit that arrive this month reach their members (<see cref="Interpol"/>, letters era);</item>
/// <item>in January, <b>formation</b>: every populated region without a network of a kind forms one with an annual
/// probability rising with the squared weakness of its state's police and with its grievance (poverty, a civil war in the
/// state, war damage);</item>
/// <item><b>detection</b>: police detect cells with a probability rising with their capacity; the state then holds
/// information on the network and shares it as a notice through <see cref="Interpol"/>;</item>
/// <item><b>growth and suppression</b>: each cell's strength x in [0, 1] grows logistically with grievance and is
/// suppressed by police capacity, (1 + information_effect) times as hard where the state holds information on the
/// network; terror cells <b>attack</b> — at home or, some of them, the capital of another state — and the police of the
/// state struck foil some; the others kill a number of people proportional to the size of the network's group that
/// carries them out (one-sided violence); crime cells <b>drain</b> income per capita;</item>
/// <item><b>spread</b>: cells plant cells in neighbouring regions, across borders less often; a crime network moving into
/// a region another holds fights it for the turf (non-state violence).</item>
/// </list>
/// Each terror network's members are organised in <b>groups</b> that coalesce and are broken up (Johnson et al. 2006;
/// Clauset &amp; Wiegel 2010): at the start of each month the network recruits or loses members to match its cells'
/// strength, and groups drawn in proportion to their size merge with others; the police break up into single members a
/// group of the network (drawn in proportion to size) each time they detect one of its cells, and the group that
/// planned an attack they foil. An attack is carried out by one of the network's groups, and kills in proportion to its size.
/// </summary>
/// <remarks>
/// Each region holds at most one terror and one crime cell. Only the regions with a cell (the active list, ascending) are
/// visited each month; January's formation visits each state's regions by geometric skipping, in parallel over ranges of
/// states that each write only their own regions. Draws come from the TransnationalThreats stream keyed by (tick, entity,
/// draw index), the entity a region, a state (formation) or a notice (Interpol); see the Draw constants. Every serial loop
/// runs in ascending id, and new cells and turf fights take effect only after every region has moved, so the result is a
/// pure function of the seed, whatever the number of threads.
/// </remarks>
public sealed class TransnationalThreats : IMechanism, ICheckpointed<TransnationalThreatsState>
{
    // Draw indices (entity: the region).
    private const uint DrawFormationTerror = 0x0100_0000; // entity: the state; + the k-th region visited; words: gap (a, b), acceptance (c)
    private const uint DrawFormationCrime = 0x0200_0000;  // the same for crime
    private const uint DrawLocal = 1;         // words: terror detection, crime detection, attack attempt, interdiction
    private const uint DrawSeverity = 2;      // 53-bit uniform: the group that carries out the attack
    private const uint DrawGroupStep = 0x0300_0000;   // entity: the network; + the k-th step of the month; words: group (a), partner (b)
    private const uint DrawGroupLoss = 0x0400_0000;   // entity: the network; + the k-th member lost; words: group (a)
    private const uint DrawGroupSteps = 0x0500_0000;  // entity: the network; 53-bit uniform: the fractional step of the month
    private const uint DrawSpreadTerror = 3;  // words: attempt, neighbour, border
    private const uint DrawSpreadCrime = 4;   // words: attempt, neighbour, border
    private const uint DrawTurf = 5;          // entity: the region fought over; words: deaths, winner
    private const uint DrawAttack = 6;        // words: lethal, abroad, target state
    private const uint DrawBreakUp = 7;       // words: the group of the detected cell's network broken up (a)

    /// <summary>The poverty term's income floor: the HDI's lower goalpost for income, $100 a year.</summary>
    private const double IncomeFloor = 100;

    private const double Word = 1.0 / 4294967296.0;

    /// <summary>The most coalescence steps of one network in a month (a bound on the cost; with the defaults only a network of over 3,000 members reaches it).</summary>
    private const double MaxContacts = 256;

    /// <summary>The most members one network has (a bound on the cost; with the defaults, a hundred cells at full strength).</summary>
    private const double MaxMembers = 5000;

    private readonly World _world;
    private readonly TransnationalThreatParameters _p;
    private readonly InterpolParameters _ip;
    private readonly EventBus _events;

    /// <summary>What a checkpoint carries: the networks, the cells in each region, the attacks, the counters and Interpol's state.</summary>
    private TransnationalThreatsState _state;

    // Per region.
    private readonly bool[] _inActive;
    private readonly int[] _terrorClaim;
    private readonly int[] _crimeClaim;
    private readonly byte[] _formed;

    // Per state, this month.
    private readonly double[] _capacity;

    /// <summary>The monthly probability that the state's police detect a cell: 1 − exp(−θ C e / 12), e the privacy factor.</summary>
    private readonly double[] _detection;
    private readonly double[] _weakness2;
    private readonly double[] _war;

    /// <summary>Cumulative output of the living states, in ascending id: the far enemy's draw.</summary>
    private readonly double[] _outputCdf;

    /// <summary>Upper bounds on the annual formation probability of any region of the state (its grievance at the income floor and full war damage).</summary>
    private readonly double[] _boundTerror;
    private readonly double[] _boundCrime;

    // Scratch.
    private readonly List<long> _detections = [];
    private readonly List<(int Region, int Network, NetworkKind Kind)> _births = [];
    private readonly List<(int Region, int Challenger, double Strength)> _fights = [];
    private readonly List<int> _next = [];
    private readonly Action<int, int> _formation;
    private double[] _networkStrength = [];
    private CounterRng _rng;
    private int _tick;

    public TransnationalThreats(World world, TransnationalThreatParameters parameters, InterpolParameters interpol, EventBus events)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _p = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _ip = interpol ?? throw new ArgumentNullException(nameof(interpol));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        Interpol = new Interpol(world, interpol);
        var n = world.Regions.Count;
        var s = world.States.Count;
        _state = new TransnationalThreatsState
        {
            Terror = new double[n],
            TerrorNetwork = new int[n],
            Crime = new double[n],
            CrimeNetwork = new int[n],
            Interpol = Interpol.State,
        };
        Array.Fill(_state.TerrorNetwork, -1);
        Array.Fill(_state.CrimeNetwork, -1);
        _inActive = new bool[n];
        _terrorClaim = new int[n];
        _crimeClaim = new int[n];
        _formed = new byte[n];
        _capacity = new double[s];
        _detection = new double[s];
        _weakness2 = new double[s];
        _war = new double[s];
        _outputCdf = new double[s];
        _boundTerror = new double[s];
        _boundCrime = new double[s];
        _formation = Form;
    }

    public string Name => "Transnational threats";

    /// <summary>Police co-operation: notices, who holds information on which network, and the cost of sharing.</summary>
    public Interpol Interpol { get; }

    /// <summary>Every network of the run, in order of formation; a network's id is its index.</summary>
    public IReadOnlyList<TransnationalNetwork> Networks => _state.Networks;

    /// <summary>Regions with a cell of either kind now, ascending.</summary>
    public IReadOnlyList<int> ActiveRegions => _state.Active;

    /// <summary>Strength in [0, 1] of the terror cell in each region (0: none).</summary>
    public ReadOnlySpan<double> TerrorStrength => _state.Terror;

    /// <summary>The network of the terror cell in each region; −1 for none.</summary>
    public ReadOnlySpan<int> TerrorNetwork => _state.TerrorNetwork;

    /// <summary>Strength in [0, 1] of the crime cell in each region (0: none).</summary>
    public ReadOnlySpan<double> CrimeStrength => _state.Crime;

    /// <summary>The network of the crime cell in each region; −1 for none.</summary>
    public ReadOnlySpan<int> CrimeNetwork => _state.CrimeNetwork;

    /// <summary>
    /// The deaths of a lethal attack by a group of <paramref name="members"/> members of a cell of strength
    /// <paramref name="strength"/>: ⌈k · x · s⌉, k = deaths_per_member, at least 1 and at most max_attack_deaths (the
    /// attack also caps it at the region's people).
    /// </summary>
    public long Deaths(int members, double strength) =>
        (long)Math.Clamp(Math.Ceiling(_p.DeathsPerMember * strength * members), 1, _p.MaxAttackDeaths);

    /// <summary>The probability of at least one event of a Poisson process with the given expected number: 1 − e^(−rate).</summary>
    private static double Chance(double rate) => 1 - Math.Exp(-rate);

    /// <summary>
    /// The exact solution over one month of dx/dt = b x (1 − x) − m x (logistic growth at rate b, removal at rate m, per
    /// year): x' = r x E / (r + b x (E − 1)), r = b − m, E = e^(r/12); x / (1 + b x / 12) when r = 0.
    /// </summary>
    public static double Logistic(double x, double b, double m)
    {
        var r = b - m;
        if (Math.Abs(r) < 1e-12)
        {
            return x / (1 + (b * x / 12));
        }

        var e = Math.Exp(r / 12);
        var next = r * x * e / (r + (b * x * (e - 1)));
        if (!double.IsFinite(next))
        {
            // A growth rate so high that e^(r/12) or the products overflow: the same expression divided through by e,
            // which tends to r / b, the carrying capacity, as e grows (x > 0; a cell of strength 0 stays at 0).
            next = x > 0 ? r * x / ((r / e) + (b * x * (1 - (1 / e)))) : 0;
        }

        return Math.Clamp(next, 0, 1);
    }

    /// <summary>
    /// A new network with one cell of the given strength in <paramref name="region"/> (for January's formation, tests and
    /// scripts); returns its id. The region must have no cell of the kind.
    /// </summary>
    public int Found(NetworkKind kind, int region, double strength, int tick)
    {
        var regions = _world.Regions;
        if ((kind == NetworkKind.Terror ? _state.TerrorNetwork[region] : _state.CrimeNetwork[region]) >= 0)
        {
            throw new InvalidOperationException($"region {region} already has a {kind} cell");
        }

        var id = Create(kind, region, strength, tick);
        if (!_inActive[region])
        {
            _inActive[region] = true;
            var at = _state.Active.BinarySearch(region);
            _state.Active.Insert(~at, region);
        }

        return id;
    }

    /// <summary>A new network with one cell in <paramref name="region"/>; the caller puts the region in the active list.</summary>
    private int Create(NetworkKind kind, int region, double strength, int tick)
    {
        var regions = _world.Regions;
        var id = _state.Networks.Count;
        var origin = regions.Name[region];
        _state.Networks.Add(new TransnationalNetwork
        {
            Id = id,
            Kind = kind,
            OriginRegion = region,
            OriginState = regions.Owner[region],
            Name = kind == NetworkKind.Terror ? $"{origin} Brigades" : $"{origin} Cartel",
            FormedTick = tick,
        });
        Plant(kind, region, id, Math.Clamp(strength, 0, 1));
        return id;
    }

    /// <summary>Interpol's month begins; each state's police capacity and weakness.</summary>
    public void Begin(in TickContext context)
    {
        _rng = context.Rng;
        _tick = context.Tick;
        Interpol.Begin(context);
        PrepareStates();
    }

    /// <summary>New networks form.</summary>
    public void January(in TickContext context)
    {
        RegionParallel.For(_world.States.Count, RegionParallel.StateChunkSize, context.Threads, _formation);
        FoundFormed();
    }

    /// <summary>Detection, growth and suppression, attacks, drain and spread, and turf fights.</summary>
    public void Step(in TickContext context)
    {
        if (_state.Active.Count == 0)
        {
            return;
        }

        Regroup();
        Detect();
        Evolve();
        Spread();
        Apply();
    }

    /// <summary>
    /// Each state's effective police capacity C = s(π) · (1 − privacy_cost · σ), its squared weakness
    /// ((1 − C)/(1 − s(π_ref)))², and its civil-war factor on grievance.
    /// </summary>
    private void PrepareStates()
    {
        var p = _p;
        var states = _world.States;
        var reference = 1 - Saturation.Of(p.ReferencePoliceShare, p.PoliceHalfShare);
        var poorest = Math.Pow(p.ReferenceIncome / IncomeFloor, p.PovertyElasticity);
        var cumulative = 0.0;
        for (var s = 0; s < states.Count; s++)
        {
            var capacity = Saturation.Of(states.PoliceEffort[s], p.PoliceHalfShare);
            _capacity[s] = capacity;
            _detection[s] = Chance(_ip.Detection / 12 * capacity * Interpol.Effectiveness(s));
            var weakness = (1 - capacity) / reference;
            _weakness2[s] = weakness * weakness;
            _war[s] = states.CivilWar[s] >= 0 ? 1 + p.CivilWarEffect : 1;
            cumulative += states.Alive[s] ? Math.Max(0, states.Output[s]) : 0;
            _outputCdf[s] = cumulative;
            var bound = _weakness2[s] * poorest * _war[s] * (1 + p.WarDamageEffect);
            _boundTerror[s] = Chance(p.TerrorFormation * bound);
            _boundCrime[s] = Chance(p.CrimeFormation * bound);
        }
    }

    /// <summary>Grievance G = (y_ref / max(y, 100))^η · (1 + ω · civil war) · (1 + δ_D · war damage).</summary>
    private double Grievance(int r)
    {
        var p = _p;
        var regions = _world.Regions;
        var poverty = Math.Pow(p.ReferenceIncome / Math.Max(regions.IncomePerCapita[r], IncomeFloor), p.PovertyElasticity);
        return poverty * _war[regions.Owner[r]] * (1 + (p.WarDamageEffect * regions.WarDamage[r]));
    }

    /// <summary>
    /// January: flags the regions of the states in [<paramref name="first"/>, <paramref name="end"/>) where a network forms
    /// (bit 1 terror, bit 2 crime). Each region forms a network of kind k with probability p_r = 1 − exp(−λ_k w_s² G_r).
    /// Rather than a draw per region, each state's regions (ascending) are visited by geometric skipping at the state's
    /// bound q_s ≥ p_r (grievance at the income floor and full war damage), and a region visited is accepted with
    /// probability p_r / q_s: the same Bernoulli(p_r) trials, with draws only for the few regions visited. Each state
    /// writes only its own regions, and draws are keyed by the state, so the result does not depend on the threads.
    /// </summary>
    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Form(int first, int end)
    {
        for (var s = first; s < end; s++)
        {
            if (!_world.States.Alive[s])
            {
                continue;
            }

            FormKind(s, NetworkKind.Terror, _boundTerror[s], _p.TerrorFormation);
            FormKind(s, NetworkKind.Crime, _boundCrime[s], _p.CrimeFormation);
        }
    }

    private void FormKind(int s, NetworkKind kind, double bound, double rate)
    {
        if (bound <= 0)
        {
            return;
        }

        var regions = _world.Regions;
        var members = _world.States.RegionsOf(s);
        var network = kind == NetworkKind.Terror ? _state.TerrorNetwork : _state.CrimeNetwork;
        var flag = kind == NetworkKind.Terror ? (byte)1 : (byte)2;
        var logMiss = Math.Log(1 - bound);
        var index = kind == NetworkKind.Terror ? DrawFormationTerror : DrawFormationCrime;
        var i = -1L;
        for (var k = 0u; ; k++)
        {
            var (a, b, c, _) = _rng.Block(_tick, RngStream.TransnationalThreats, s, index + k);
            var u = ((((ulong)a << 21) ^ (b >> 11)) + 0.5) * (1.0 / (1UL << 53)); // (0, 1)
            i += bound >= 1 ? 1 : 1 + (long)Math.Floor(Math.Log(u) / logMiss);
            if (i >= members.Length)
            {
                return;
            }

            var r = members[(int)i];
            if (network[r] >= 0 || regions.Population[r] <= 0)
            {
                continue;
            }

            var p = Chance(rate * _weakness2[s] * Grievance(r));
            if (c * Word * bound < p)
            {
                _formed[r] |= flag;
            }
        }
    }

    /// <summary>Founds the networks flagged by <see cref="Form"/>, in ascending region, terror before crime, and lists their regions as active.</summary>
    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FoundFormed()
    {
        var p = _p;
        var added = false;
        for (var r = 0; r < _formed.Length; r++)
        {
            var flags = _formed[r];
            if (flags == 0)
            {
                continue;
            }

            _formed[r] = 0;
            if ((flags & 1) != 0)
            {
                Create(NetworkKind.Terror, r, p.InitialStrength, _tick);
            }

            if ((flags & 2) != 0)
            {
                Create(NetworkKind.Crime, r, p.InitialStrength, _tick);
            }

            if (!_inActive[r])
            {
                _inActive[r] = true;
                _state.Active.Add(r);
                added = true;
            }
        }

        if (added)
        {
            _state.Active.Sort();
        }
    }

    /// <summary>
    /// The month's coalescence and fragmentation of each terror network's groups (Johnson et al. 2006; Clauset &amp; Wiegel
    /// 2010). The network's members number N = round(cell_members · Σ x) over its cells, 1 to 5,000: recruits join as single members,
    /// and members lost (to suppression, dismantled cells) leave groups drawn in proportion to size, each such group
    /// losing as many as it has up to the shortfall. Then, in round(min(256, coalescence · N / 12)) steps (the fraction
    /// drawn), a group drawn in proportion to its size merges with another
    /// drawn the same way. Groups are broken up elsewhere: by the police when they detect one of the network's cells
    /// (<see cref="Detect"/>) and when they foil an attack (<see cref="Attack"/>). Networks in ascending id.
    /// </summary>
    private void Regroup()
    {
        var networks = _state.Networks;
        if (_networkStrength.Length < networks.Count)
        {
            Array.Resize(ref _networkStrength, Math.Max(networks.Count, 2 * _networkStrength.Length));
        }

        foreach (var r in _state.Active)
        {
            var n = _state.TerrorNetwork[r];
            if (n >= 0)
            {
                _networkStrength[n] += _state.Terror[r];
            }
        }

        var p = _p;
        for (var n = 0; n < networks.Count; n++)
        {
            var strength = _networkStrength[n];
            if (strength <= 0)
            {
                continue;
            }

            var net = networks[n];
            _networkStrength[n] = 0;
            var groups = net.Groups;
            var members = (int)Math.Clamp(Math.Round(p.CellMembers * strength), 1, MaxMembers);
            var now = 0;
            foreach (var g in groups)
            {
                now += g;
            }

            for (; now < members; now++)
            {
                groups.Add(1);
            }

            for (var k = 0u; now > members; k++)
            {
                // Members leave from a group drawn in proportion to size, as many as it has up to the shortfall.
                var (a, _, _, _) = _rng.Block(_tick, RngStream.TransnationalThreats, n, DrawGroupLoss + k);
                var g = Pick(groups, now, a);
                var leaving = Math.Min(groups[g], now - members);
                now -= leaving;
                if ((groups[g] -= leaving) == 0)
                {
                    groups.RemoveAt(g);
                }
            }

            var expected = Math.Min(MaxContacts, p.Coalescence * members / 12);
            var steps = (int)expected + (_rng.Uniform(_tick, RngStream.TransnationalThreats, n, DrawGroupSteps) < expected - Math.Floor(expected) ? 1 : 0);
            for (var k = 0u; k < steps && groups.Count > 1; k++)
            {
                var (a, b, _, _) = _rng.Block(_tick, RngStream.TransnationalThreats, n, DrawGroupStep + k);
                var i = Pick(groups, members, a);

                // The partner is drawn among the other groups in proportion to size.
                var size = groups[i];
                var j = Pick(groups, members - size, b, skip: i);
                groups[i] = size + groups[j];
                groups.RemoveAt(j);
            }
        }
    }

    /// <summary>The group whose members include the ⌊w/2^32 · total⌋-th, counting in list order, <paramref name="skip"/> left out.</summary>
    private static int Pick(List<int> groups, int total, uint w, int skip = -1)
    {
        var target = (long)(w * Word * total);
        for (var g = 0; g < groups.Count; g++)
        {
            if (g == skip)
            {
                continue;
            }

            target -= groups[g];
            if (target < 0)
            {
                return g;
            }
        }

        return skip == groups.Count - 1 ? groups.Count - 2 : groups.Count - 1;
    }

    /// <summary>Breaks group <paramref name="g"/> up: it keeps one member, and the others become single members at the end of the list.</summary>
    private static void Fragment(List<int> groups, int g)
    {
        var size = groups[g];
        groups[g] = 1;
        for (var m = 1; m < size; m++)
        {
            groups.Add(1);
        }
    }

    /// <summary>
    /// Police detect cells: each with probability 1 − exp(−θ C / 12); a detected terror cell costs its network a group,
    /// drawn in proportion to size, broken up into single members. The detections are then reported to Interpol in
    /// ascending (network, state) order, at most once per pair and month.
    /// </summary>
    private void Detect()
    {
        var owner = _world.Regions.Owner;
        _detections.Clear();
        foreach (var r in _state.Active)
        {
            var s = owner[r];
            var p = _detection[s];
            var (a, b, _, _) = _rng.Block(_tick, RngStream.TransnationalThreats, r, DrawLocal);
            if (_state.TerrorNetwork[r] >= 0 && a * Word < p)
            {
                _detections.Add(((long)_state.TerrorNetwork[r] << 32) | (uint)s);

                // The police break up the group they found: one of the network's groups, drawn in proportion to size
                // (a larger group is more likely to be the one found).
                var groups = _state.Networks[_state.TerrorNetwork[r]].Groups;
                if (groups.Count > 0)
                {
                    var (w, _, _, _) = _rng.Block(_tick, RngStream.TransnationalThreats, r, DrawBreakUp);
                    Fragment(groups, Pick(groups, groups.Sum(), w));
                }
            }

            if (_state.CrimeNetwork[r] >= 0 && b * Word < p)
            {
                _detections.Add(((long)_state.CrimeNetwork[r] << 32) | (uint)s);
            }
        }

        _detections.Sort();
        var last = -1L;
        foreach (var key in _detections)
        {
            if (key != last)
            {
                Interpol.Detected((int)(key & 0xFFFFFFFF), (int)(key >> 32), _tick);
                last = key;
            }
        }
    }

    /// <summary>
    /// Each cell grows and is suppressed for a month (<see cref="Logistic"/> with b = growth · G and m = μ C (1 + ι I));
    /// terror cells attempt attacks, crime cells drain income. Cells that fall below dismantled_below are removed.
    /// </summary>
    private void Evolve()
    {
        var p = _p;
        var regions = _world.Regions;
        var owner = regions.Owner;
        var income = regions.IncomePerCapita;
        var information = _ip.InformationEffect;
        foreach (var r in _state.Active)
        {
            var s = owner[r];
            var grievance = Grievance(r);
            var capacity = _capacity[s];
            var network = _state.TerrorNetwork[r];
            if (network >= 0)
            {
                var boost = 1 + (Interpol.Holds(s, network, _tick) ? information : 0);
                var x = Logistic(_state.Terror[r], p.TerrorGrowth * grievance, p.Suppression * capacity * boost);
                _state.Terror[r] = x;
                var (_, _, c, d) = _rng.Block(_tick, RngStream.TransnationalThreats, r, DrawLocal);
                if (c * Word < Chance(p.AttackRate * x / 12))
                {
                    Attack(r, network, x, d * Word);
                }

                if (_state.Terror[r] < p.DismantledBelow)
                {
                    Remove(NetworkKind.Terror, r);
                }
            }

            network = _state.CrimeNetwork[r];
            if (network >= 0)
            {
                var boost = 1 + (Interpol.Holds(s, network, _tick) ? information : 0);
                var x = Logistic(_state.Crime[r], p.CrimeGrowth * grievance, p.Suppression * capacity * boost);
                _state.Crime[r] = x;
                if (x < p.DismantledBelow)
                {
                    Remove(NetworkKind.Crime, r);
                }
                else
                {
                    income[r] *= 1 - (p.CrimeDrain * x / 12);
                }
            }
        }
    }

    /// <summary>
    /// One attack by the cell in <paramref name="cell"/>, of strength x. It strikes at home, or with probability
    /// attack_abroad the capital of another living state drawn in proportion to output (the far enemy). The police of the
    /// state struck foil it with probability 1 − exp(−ν C (1 + ι I)), C their capacity and I whether that state holds
    /// information on the network (for an attack abroad, only Interpol's notices can have given it, unless the network has
    /// cells there too). One of the network's groups, drawn uniformly, carries it out; it kills with probability
    /// attack_lethality · x, and then <see cref="Deaths"/> people, in proportion to the group's size, at most the region's
    /// people; the deaths are counted whether or not it is foiled (a foiled attack records the deaths it would have
    /// caused), and a foiled attack breaks the group up into single members.
    /// </summary>
    private void Attack(int cell, int network, double strength, double interdictionDraw)
    {
        var p = _p;
        var regions = _world.Regions;
        var net = _state.Networks[network];
        var (a, b, c, _) = _rng.Block(_tick, RngStream.TransnationalThreats, cell, DrawAttack);
        var home = regions.Owner[cell];
        var target = b * Word < p.AttackAbroad ? TargetState(home, c * Word) : home;
        var r = target == home ? cell : _world.States.Capital[target];
        var information = Interpol.Holds(target, network, _tick) ? _ip.InformationEffect : 0;
        var interdicted = interdictionDraw < Chance(p.Interdiction * _capacity[target] * (1 + information));
        var lethal = a * Word < p.AttackLethality * strength;
        var groups = net.Groups;
        var group = groups.Count == 0 ? -1 : Math.Min(groups.Count - 1, (int)(_rng.Uniform(_tick, RngStream.TransnationalThreats, cell, DrawSeverity) * groups.Count));
        var deaths = lethal ? Deaths(group >= 0 ? groups[group] : 1, strength) : 0;
        if (interdicted)
        {
            if (group >= 0)
            {
                Fragment(groups, group);
            }

            _events.Report(new TerrorAttack(_tick, r, target, network, deaths, true, cell));
            net.Interdicted++;
            _state.Terror[cell] *= 1 - p.RollUp;
            return;
        }

        deaths = Math.Min(deaths, Math.Max(0, regions.Population[r] - regions.ConflictDeaths[r]));
        _events.Report(new TerrorAttack(_tick, r, target, network, deaths, false, cell));
        net.Attacks++;
        net.Deaths += deaths;
        if (deaths > 0)
        {
            regions.ConflictDeaths[r] += deaths;
            _events.Report(new ViolenceEvent(ViolenceType.OneSided, $"terror-{network}", net.Name, "", r, target, _tick, 0, 0, deaths));
        }

        var abroad = target == home ? "" : string.Create(CultureInfo.InvariantCulture, $" from {regions.Name[cell]}");
        _events.Publish(new AttackCarriedOut(_tick, target, r, deaths,
            string.Create(CultureInfo.InvariantCulture, $"the {net.Name} (network {network}) attacked {regions.Name[r]}{abroad}: {deaths:N0} killed")));
    }

    /// <summary>A living state other than <paramref name="home"/>, drawn with probability proportional to its output at u ∈ [0, 1); <paramref name="home"/> if there is none.</summary>
    private int TargetState(int home, double u)
    {
        var cumulative = _outputCdf;
        var states = _world.States;
        var before = home > 0 ? cumulative[home - 1] : 0;
        var own = cumulative[home] - before;
        var total = cumulative[^1] - own;
        if (total <= 0)
        {
            return home;
        }

        var v = u * total;
        if (v >= before)
        {
            v += own;
        }

        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (cumulative[mid] > v)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low == home || !states.Alive[low] ? home : low;
    }

    /// <summary>
    /// Each cell attempts to spread with probability 1 − exp(−φ x / 12) to one neighbour drawn uniformly, getting across an
    /// international border with probability border_permeability. Into a region with no cell of its kind it plants one
    /// (the first attempt of the month wins); a crime network moving into a region another crime network holds fights it
    /// (one fight per region and month). Both are applied after every region has moved.
    /// </summary>
    private void Spread()
    {
        var p = _p;
        var owner = _world.Regions.Owner;
        var adjacency = _world.Adjacency;
        var population = _world.Regions.Population;
        var stamp = _tick + 1;
        _births.Clear();
        _fights.Clear();
        foreach (var r in _state.Active)
        {
            if (_state.TerrorNetwork[r] >= 0)
            {
                var n = Target(r, p.TerrorSpread * _state.Terror[r], DrawSpreadTerror);
                if (n >= 0 && population[n] > 0 && _state.TerrorNetwork[n] < 0 && _terrorClaim[n] != stamp)
                {
                    _terrorClaim[n] = stamp;
                    _births.Add((n, _state.TerrorNetwork[r], NetworkKind.Terror));
                }
            }

            if (_state.CrimeNetwork[r] >= 0)
            {
                var n = Target(r, p.CrimeSpread * _state.Crime[r], DrawSpreadCrime);
                if (n >= 0 && population[n] > 0 && _crimeClaim[n] != stamp)
                {
                    if (_state.CrimeNetwork[n] < 0)
                    {
                        _crimeClaim[n] = stamp;
                        _births.Add((n, _state.CrimeNetwork[r], NetworkKind.Crime));
                    }
                    else if (_state.CrimeNetwork[n] != _state.CrimeNetwork[r])
                    {
                        _crimeClaim[n] = stamp;
                        _fights.Add((n, _state.CrimeNetwork[r], _state.Crime[r]));
                    }
                }
            }
        }

        int Target(int r, double rate, uint draw)
        {
            var (a, b, c, _) = _rng.Block(_tick, RngStream.TransnationalThreats, r, draw);
            var degree = adjacency.Degree(r);
            if (degree == 0 || a * Word >= Chance(rate / 12))
            {
                return -1;
            }

            var n = adjacency.Of(r)[Math.Min(degree - 1, (int)(b * Word * degree))];
            return owner[n] != owner[r] && c * Word >= p.BorderPermeability ? -1 : n;
        }
    }

    /// <summary>Plants the month's new cells, fights the turf fights, and lists the regions with a cell anew.</summary>
    private void Apply()
    {
        var p = _p;
        foreach (var (n, network, kind) in _births)
        {
            Plant(kind, n, network, p.InitialStrength);
        }

        foreach (var (n, challenger, strength) in _fights)
        {
            Fight(n, challenger, strength);
        }

        _next.Clear();
        foreach (var r in _state.Active)
        {
            if (_state.TerrorNetwork[r] >= 0 || _state.CrimeNetwork[r] >= 0)
            {
                _next.Add(r);
            }
            else
            {
                _inActive[r] = false;
            }
        }

        var sorted = true;
        foreach (var (n, _, _) in _births)
        {
            if (!_inActive[n])
            {
                _inActive[n] = true;
                sorted &= _next.Count == 0 || _next[^1] < n;
                _next.Add(n);
            }
        }

        if (!sorted)
        {
            _next.Sort();
        }

        _state.Active.Clear();
        _state.Active.AddRange(_next);
    }

    /// <summary>
    /// A turf fight in region <paramref name="n"/>: deaths ⌈τ (x_c + x_h) E⌉ with E exponential (mean 1), split between the
    /// sides in proportion to the other's strength; the challenger wins with probability x_c / (x_c + x_h); the region's
    /// cell, under the winner, keeps max(initial_strength, x_h / 2).
    /// </summary>
    private void Fight(int n, int challenger, double challengerStrength)
    {
        var p = _p;
        var regions = _world.Regions;
        if (_state.Networks[challenger].Cells == 0)
        {
            return; // the challenger lost its last cell in an earlier fight this month
        }

        var holder = _state.CrimeNetwork[n];
        var holderStrength = _state.Crime[n];
        var total = challengerStrength + holderStrength;
        var (a, b, _, _) = _rng.Block(_tick, RngStream.TransnationalThreats, n, DrawTurf);
        var e = -Math.Log(1 - (a * Word));
        var deaths = (long)Math.Ceiling(p.TurfDeaths * total * e);
        deaths = Math.Min(deaths, Math.Max(0, regions.Population[n] - regions.ConflictDeaths[n]));
        var challengerDeaths = (long)Math.Round(deaths * holderStrength / total);
        var c = _state.Networks[challenger];
        var h = _state.Networks[holder];
        c.Attacks++;
        h.Attacks++;
        c.Deaths += deaths;
        h.Deaths += deaths;
        if (deaths > 0)
        {
            regions.ConflictDeaths[n] += deaths;
            var (low, high) = challenger < holder ? (challenger, holder) : (holder, challenger);
            _events.Report(new ViolenceEvent(ViolenceType.NonState, $"turf-{low}-{high}", c.Name, h.Name, n, regions.Owner[n], _tick,
                challengerDeaths, deaths - challengerDeaths, 0));
        }

        var strength = Math.Max(p.InitialStrength, holderStrength / 2);
        if (b * Word < challengerStrength / total)
        {
            Remove(NetworkKind.Crime, n);
            Plant(NetworkKind.Crime, n, challenger, strength);
        }
        else
        {
            _state.Crime[n] = strength;
        }
    }

    private void Plant(NetworkKind kind, int region, int network, double strength)
    {
        var net = _state.Networks[network];
        net.Cells++;
        net.CellsEver++;
        if (kind == NetworkKind.Terror)
        {
            _state.Terror[region] = strength;
            _state.TerrorNetwork[region] = network;
        }
        else
        {
            _state.Crime[region] = strength;
            _state.CrimeNetwork[region] = network;
        }
    }

    /// <summary>Dismantles a cell; a network with no cells left has ended, and Interpol forgets it.</summary>
    private void Remove(NetworkKind kind, int region)
    {
        int network;
        if (kind == NetworkKind.Terror)
        {
            network = _state.TerrorNetwork[region];
            _state.Terror[region] = 0;
            _state.TerrorNetwork[region] = -1;
        }
        else
        {
            network = _state.CrimeNetwork[region];
            _state.Crime[region] = 0;
            _state.CrimeNetwork[region] = -1;
        }

        var net = _state.Networks[network];
        net.Cells--;
        if (net.Cells == 0)
        {
            net.EndTick = _tick;
            net.Groups.Clear();
            Interpol.Forget(network);
        }
    }

    // ---------------------------------------------------------------- checkpoints

    TransnationalThreatsState ICheckpointed<TransnationalThreatsState>.State => _state;

    void ICheckpointed<TransnationalThreatsState>.Restore(TransnationalThreatsState state)
    {
        _state = state;
        Interpol.Restore(state.Interpol);
        Array.Clear(_inActive);
        foreach (var r in _state.Active)
        {
            _inActive[r] = true;
        }

        Array.Clear(_terrorClaim);
        Array.Clear(_crimeClaim);
        Array.Clear(_formed);
    }
}
