using Westphalia.Conflict;
using Westphalia.Doctrines;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Mechanisms;

/// <summary>
/// Interstate war after GeoSim (Cederman 2003). Each tick: technology shocks; resources relax toward what the
/// provinces yield under the loss-of-strength gradient f(d) = o + (1 − o) / (1 + (d/τ)^k); resources are committed
/// to fronts (a fixed share evenly, a mobile share where fighting is); states decide (grim trigger on every front,
/// contextual activation, unprovoked attacks when the local force ratio promises superiority); battles destroy
/// resources and may win the attacked province; conquests are executed, a state whose capital falls collapses and
/// provinces cut off from their capital become sovereign. Battles are gathered into wars (<see cref="WarRegistry"/>).
/// Decisions read the last tick's commitments and actions, so the order in which states act does not matter.
/// </summary>
public sealed class InterstateWar : IMechanism, ICheckpointed<InterstateWarState>
{
    private const uint DrawShock = 1;
    private const uint DrawDeactivate = 2;
    private const uint DrawConsider = 3;
    private const uint DrawCampaign = 4;
    private const uint DrawTarget = 5;
    private const uint DrawAttack = 6;
    private const uint DrawBattle = 7;
    private const uint DrawClaimOrder = 8;
    private const uint DrawEscalate = 9;
    private const uint DrawSettle = 10;
    private const uint DrawEstimate = 11;
    private const uint DrawTargetEstimate = 12;

    private readonly World _world;
    private readonly InterstateWarParameters _p;
    private readonly EventBus _events;

    /// <summary>The fronts as they were before the last rebuild, in the same (ascending key) order.</summary>
    private readonly List<Front> _previousFronts = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Claim> _concessions = [];
    private readonly Dictionary<int, List<int>> _members = [];
    private readonly Queue<int> _queue = new();
    private readonly int[] _frontStart;
    private readonly int[] _frontCount;
    private readonly double[] _enemyCommitment;
    private readonly bool[] _foughtLast;

    /// <summary>The states whose <see cref="_foughtLast"/> is set: the ones to clear, not every slot.</summary>
    private readonly List<int> _foughtLastSet = [];
    private readonly bool[] _lostTerritory;
    private readonly int[] _visit;
    private readonly double[] _capacity;

    /// <summary>
    /// Each province's yield f(d) as last computed, with the capital and the technology (bits) it was computed for: a
    /// state's capacity is summed again in region order whenever its territory changes, but a term is recomputed (a
    /// power) only when the capital or the technology it depends on changed (the parameters and the regions' positions are
    /// fixed for a run).
    /// </summary>
    private readonly double[] _term;
    private readonly int[] _termCapital;
    private readonly long[] _termTechnology;
    private readonly bool[] _capacityStale;
    private bool _bordersStale = true;

    /// <summary>The version of the world's border index the fronts were built from.</summary>
    private int _bordersVersion = -1;

    /// <summary>The regions fought from and over this tick.</summary>
    private readonly List<int> _battlefields;

    /// <summary>Where battles are logged as organised violence (UCDP GED layout); null to log none.</summary>

    /// <summary>The states' governments, which decide to attack, concede, escalate, settle, capitulate and stand by victims.</summary>
    private readonly GovernmentTable _governments;

    /// <summary>Whether any living state's government stands by the victims of aggression, as of this tick's start.</summary>
    private bool _anyStandsBy;

    // The tick being stepped, for the views the governments decide from.
    private int _tick;
    private int _year;

    /// <summary>What a checkpoint carries: the fronts' commitments and decisions, the wars, the states noticed.</summary>
    private InterstateWarState _state;

    /// <summary>The world's ownership version after this mechanism's last step: a change since means another mechanism moved territory.</summary>
    private int _seenOwnership = -1;
    private readonly double _allianceSupport;

    public InterstateWar(World world, InterstateWarParameters parameters, EventBus events, GovernmentTable governments, double allianceSupport = 0)
    {
        _governments = governments ?? throw new ArgumentNullException(nameof(governments));
        _allianceSupport = allianceSupport;
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _battlefields = world.Fighting.Battlefields;
        _p = parameters;
        _events = events;
        var n = world.States.Count;
        _frontStart = new int[n];
        _frontCount = new int[n];
        _enemyCommitment = new double[n];
        _foughtLast = new bool[n];
        _lostTerritory = new bool[n];
        _visit = new int[world.Regions.Count];
        _capacity = new double[n];
        _term = new double[world.Regions.Count];
        _termCapital = new int[world.Regions.Count];
        Array.Fill(_termCapital, -1);
        _termTechnology = new long[world.Regions.Count];
        _capacityStale = new bool[n];
        Array.Fill(_capacityStale, true);
        _state = new InterstateWarState
        {
            NextName = world.States.FoundedTick.Count(t => t >= 0),
            Founded = (int[])world.States.FoundedTick.Clone(),
        };
    }

    public string Name => "Interstate war";

    public WarRegistry Wars => _state.Wars;

    /// <summary>The loss-of-strength gradient: the share of a province's yield (or of projected force) at distance d.</summary>
    public double Gradient(double distance, double technology) =>
        _p.DistanceOffset + ((1 - _p.DistanceOffset) / (1 + Math.Pow(distance / technology, _p.DistanceSlope)));

    /// <summary>Sets every living state's resources to what its provinces yield (the start of a run).</summary>
    public void Initialise(in TickContext context)
    {
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s])
            {
                states.WarResources[s] = Capacity(s);
            }
        }
    }

    public void Step(in TickContext context)
    {
        _battlefields.Clear();
        var tick = context.Tick;
        (_tick, _year) = (tick, context.Year);
        _anyStandsBy = _governments.AnyStandsByVictims(tick, context.Year);
        var rng = context.Rng;
        if (_world.OwnershipVersion != _seenOwnership)
        {
            // Territory changed hands outside interstate war (a secession): every cached capacity and border is stale,
            // and a state founded in a reused slot starts with fresh fronts, as one founded here does.
            Array.Fill(_capacityStale, true);
            _bordersStale = true;
            var founded = _world.States.FoundedTick;
            for (var s = 0; s < founded.Length; s++)
            {
                if (founded[s] != _state.Founded[s])
                {
                    _state.Founded[s] = founded[s];
                    _state.NewStates.Add(s);
                }
            }
        }

        GatherAllianceMembers();
        TechnologyShocks(tick, rng);
        UpdateResources();
        BuildFronts();
        Allocate();
        Decide(tick, rng);
        HonourAlliances();
        Fight(tick, rng);
        ExecuteClaims(tick, rng);
        Wars.Expire(_world, tick, _p.WarShadow, _p.WarShadowScope, war =>
            _events.Publish(new WarEnded(tick, -1, -1, war.BattleDeaths, $"war {war.Id}")));
        _seenOwnership = _world.OwnershipVersion;
    }

    /// <summary>Lists each alliance's living members in ascending order, once a tick, for collective defence.</summary>
    private void GatherAllianceMembers()
    {
        foreach (var list in _members.Values)
        {
            list.Clear();
        }

        var states = _world.States;
        for (var s = Flags.Next(states.Alive, -1); s >= 0; s = Flags.Next(states.Alive, s))
        {
            var a = states.Alliance[s];
            if (a >= 0)
            {
                if (!_members.TryGetValue(a, out var list))
                {
                    _members[a] = list = [];
                }

                list.Add(s);
            }
        }
    }

    private double Distance(int a, int b)
    {
        var r = _world.Regions;
        var dx = r.X[a] - r.X[b];
        var dy = r.Y[a] - r.Y[b];
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>
    /// What the state's regions yield: 1 for the capital plus f(d) for each province (cached until the state changes).
    /// With resources from forces, each region holds an equal share of the forces in being, in units of forces_unit.
    /// </summary>
    private double Capacity(int state)
    {
        if (_capacityStale[state])
        {
            _capacity[state] = ComputeCapacity(state);
            _capacityStale[state] = false;
        }

        if (_p.Resources == WarResourceSource.Forces)
        {
            var states = _world.States;
            return _capacity[state] * states.MilitaryCapability[state] / (Math.Max(states.RegionCount[state], 1) * _p.ForcesUnit);
        }

        return _capacity[state];
    }

    private void MarkChanged(int state)
    {
        _capacityStale[state] = true;
        _bordersStale = true;
    }

    private double ComputeCapacity(int state)
    {
        var states = _world.States;
        var capital = states.Capital[state];
        var technology = states.Technology[state];
        var bits = BitConverter.DoubleToInt64Bits(technology);
        var sum = 0.0;
        foreach (var r in states.RegionsOf(state))
        {
            if (r == capital)
            {
                sum += 1.0;
                continue;
            }

            if (_termCapital[r] != capital || _termTechnology[r] != bits)
            {
                _term[r] = Gradient(Distance(r, capital), technology);
                _termCapital[r] = capital;
                _termTechnology[r] = bits;
            }

            sum += _term[r];
        }

        return sum;
    }

    private void TechnologyShocks(int tick, CounterRng rng)
    {
        if (_p.ShockSize <= 0 || tick < _p.ShockStart)
        {
            return;
        }

        var states = _world.States;
        var frontier = _p.DistanceThreshold + ((tick - _p.ShockStart) * _p.ShockSize / _p.ShockHorizon);
        for (var s = Flags.Next(states.Alive, -1); s >= 0; s = Flags.Next(states.Alive, s))
        {
            if (rng.Uniform(tick, RngStream.InterstateWar, s, DrawShock) < _p.ShockProbability)
            {
                states.Technology[s] = Math.Max(states.Technology[s], frontier);
                _capacityStale[s] = true;
            }
        }
    }

    /// <summary>
    /// GeoSim: R ← (1 − c) R + c (capacity − damage suffered last tick), c = resChange. Under Lanchester battles the
    /// forces destroyed are gone: R ← (1 − c)(R − damage) + c · capacity, so an army worn down in battle is rebuilt
    /// at resChange a tick and can collapse.
    /// </summary>
    private void UpdateResources()
    {
        var states = _world.States;
        var c = _p.ResourceChange;
        var deplete = _p.Battles == BattleModel.Lanchester;
        for (var s = Flags.Next(states.Alive, -1); s >= 0; s = Flags.Next(states.Alive, s))
        {
            var damage = states.DamageReceived[s];
            states.WarResources[s] = deplete
                ? Math.Max(0, ((1 - c) * Math.Max(0, states.WarResources[s] - damage)) + (c * Capacity(s)))
                : Math.Max(0, ((1 - c) * states.WarResources[s]) + (c * (Capacity(s) - damage)));
            states.DamageReceived[s] = 0;
        }
    }

    /// <summary>Finds every front (an ordered pair of neighbouring states) and the border cells along it.</summary>
    private void BuildFronts()
    {
        if (_bordersStale || _world.Borders.Version != _bordersVersion)
        {
            RebuildBorders();
            _bordersStale = false;
        }

        // The last tick's actions and commitments become this tick's memory.
        foreach (var s in _foughtLastSet)
        {
            _foughtLast[s] = false;
        }

        _foughtLastSet.Clear();
        foreach (var front in _state.Fronts)
        {
            front.PreviousCommitment = front.Commitment;
            front.PreviousDefect = front.Defect;
            front.Defect = false;
        }

        foreach (var front in _state.Fronts)
        {
            if (Fought(front))
            {
                if (!_foughtLast[front.From])
                {
                    _foughtLast[front.From] = true;
                    _foughtLastSet.Add(front.From);
                }
            }
        }
    }

    /// <summary>
    /// Finds every front (an ordered pair of neighbouring states), in ascending order of (from, to), from the world's
    /// border index, which keeps the border cells along each front up to date as regions change hands.
    /// </summary>
    private void RebuildBorders()
    {
        var index = _world.Borders;
        index.Refresh();
        _bordersVersion = index.Version;
        var previous = _previousFronts;
        previous.Clear();
        previous.AddRange(_state.Fronts);
        _state.Fronts.Clear();
        Array.Clear(_frontCount);
        Array.Fill(_frontStart, -1);

        // Both the keys and the previous fronts are in ascending order of (from, to): a front kept from the last
        // rebuild is found by walking the two together.
        var p = 0;
        foreach (var key in index.Keys)
        {
            var (from, to) = Split(key);
            while (p < previous.Count && Key(previous[p].From, previous[p].To) < key)
            {
                p++;
            }

            // A state that came into being since the last rebuild starts with no memory of the front (its slot may have
            // been used before).
            var fresh = _state.NewStates.Contains(from) || _state.NewStates.Contains(to);
            var front = !fresh && p < previous.Count && Key(previous[p].From, previous[p].To) == key ? previous[p] : new Front(from, to);
            if (_frontStart[from] < 0)
            {
                _frontStart[from] = _state.Fronts.Count;
            }

            _frontCount[from]++;
            _state.Fronts.Add(front);
        }

        previous.Clear();

        // The graph is symmetric, so every front has its reverse.
        foreach (var front in _state.Fronts)
        {
            front.Back = FrontOf(front.To, front.From)!;
        }

        _state.NewStates.Clear();
    }

    /// <summary>
    /// The front from <paramref name="from"/> to <paramref name="to"/>, or null when they share no border: a binary
    /// search among <paramref name="from"/>'s fronts, which are in ascending order of the state they face.
    /// </summary>
    private Front? FrontOf(int from, int to)
    {
        var fronts = _state.Fronts;
        var (low, high) = (_frontStart[from], _frontStart[from] + _frontCount[from] - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var facing = fronts[middle].To;
            if (facing == to)
            {
                return fronts[middle];
            }

            (low, high) = facing < to ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    private bool Fought(Front front) =>
        front.PreviousDefect || front.Back.PreviousDefect;

    /// <summary>Fixed share evenly over the fronts; the mobile share where the enemy commits most (Cederman 2003, p. 147).</summary>
    private void Allocate()
    {
        var states = _world.States;
        // Read and written only for the states that have a front: cleared for those, not for every slot.
        foreach (var front in _state.Fronts)
        {
            _enemyCommitment[front.From] = 0;
        }

        foreach (var front in _state.Fronts)
        {
            if (Fought(front))
            {
                _enemyCommitment[front.From] += front.Back.PreviousCommitment;
            }
        }

        foreach (var front in _state.Fronts)
        {
            var s = front.From;
            var resources = states.WarResources[s];
            var fixedPart = (1 - _p.MobileShare) * resources / _frontCount[s];
            var mobile = _p.MobileShare * resources;
            var enemy = _enemyCommitment[s];
            var theirs = front.Back.PreviousCommitment;
            double share;
            if (enemy <= 0)
            {
                share = 1;
            }
            else if (Fought(front))
            {
                share = theirs / enemy;
            }
            else
            {
                share = theirs / (enemy + theirs);
            }

            front.Commitment = fixedPart + (mobile * share);
        }
    }

    private void Decide(int tick, CounterRng rng)
    {
        _concessions.Clear();
        var states = _world.States;
        var adjacencyFronts = _state.Fronts;

        // Grim trigger: fighting on a front goes on while either side fought there last tick.
        foreach (var front in adjacencyFronts)
        {
            front.Defect = Fought(front);
        }

        for (var s = Flags.Next(states.Alive, -1); s >= 0; s = Flags.Next(states.Alive, s))
        {
            if (_frontCount[s] == 0)
            {
                continue;
            }

            // Contextual activation: alerted by fighting in or next to the state; a quiet neighbourhood lets the alert lapse.
            var nearFighting = _foughtLast[s];
            for (var f = _frontStart[s]; f < _frontStart[s] + _frontCount[s] && !nearFighting; f++)
            {
                nearFighting = _foughtLast[adjacencyFronts[f].To];
            }

            if (nearFighting)
            {
                states.Alert[s] = true;
            }
            else if (states.Alert[s] && rng.Uniform(tick, RngStream.InterstateWar, s, DrawDeactivate) < _p.DeactivationProbability)
            {
                states.Alert[s] = false;
            }

            var campaign = states.CampaignTarget[s];
            if (campaign >= 0 && (!states.Alive[campaign] || FrontOf(s, campaign) is null))
            {
                campaign = states.CampaignTarget[s] = -1;
            }

            var anyDefect = false;
            for (var f = _frontStart[s]; f < _frontStart[s] + _frontCount[s]; f++)
            {
                anyDefect |= adjacencyFronts[f].Defect;
            }

            var considers = (_p.ContextualActivation && states.Alert[s]) || campaign >= 0
                || (!anyDefect && rng.Uniform(tick, RngStream.InterstateWar, s, DrawConsider) < _p.AttackProbability);
            if (!considers)
            {
                continue;
            }

            if (campaign >= 0 && rng.Uniform(tick, RngStream.InterstateWar, s, DrawCampaign) < _p.DropCampaignProbability)
            {
                campaign = states.CampaignTarget[s] = -1;
            }

            var target = campaign >= 0
                ? FrontOf(s, campaign)!
                : adjacencyFronts[_frontStart[s] + rng.Below(_frontCount[s], tick, RngStream.InterstateWar, s, DrawTarget)];
            if (target.Defect || states.Allied(s, target.To))
            {
                continue;
            }

            var (attackerCell, targetCell) = BattleSite(target, tick, rng, s);
            var ratio = ForceRatio(target, attackerCell, targetCell);

            // Private information (Fearon 1995): the challenger decides on its own estimate of the local balance, and a
            // state that will be weaker against this neighbour than it is now weighs today's balance by the shift.
            var estimate = Estimate(ratio, tick, rng, s, DrawEstimate) * PowerShift(s, target.To);
            var odds = new Odds(Logistic(estimate, _p.SuperiorityThreshold * _world.Measures.AttackThresholdFactor, _p.SuperioritySlope), rng.Uniform(tick, RngStream.InterstateWar, s, DrawAttack));
            if (_governments[s].Attacks(View(s), target.To, odds))
            {
                if (_p.Crises && !Crisis(target, attackerCell, targetCell, ratio, tick, rng))
                {
                    continue;
                }

                target.Defect = true;
                states.CampaignTarget[s] = target.To;
            }
        }
    }

    /// <summary>
    /// The commitment problem (Fearon 1995): how much weaker <paramref name="state"/> will be against
    /// <paramref name="rival"/> once both states' resources have moved to what their territory and forces now yield,
    /// (C_j / R_j) / (C_s / R_s), at least 1 (only a declining state has a preventive motive); 1 when preventive war is
    /// off. Resources move toward capacity at resChange a tick, so C / R is each state's power a few years ahead as
    /// the model itself will make it.
    /// </summary>
    private double PowerShift(int state, int rival)
    {
        if (!_p.PreventiveWar)
        {
            return 1;
        }

        var states = _world.States;
        double Momentum(int k) => states.WarResources[k] > 0 ? Capacity(k) / states.WarResources[k] : 1;
        var shift = Momentum(rival) / Momentum(state);
        return double.IsFinite(shift) && shift > 1 ? shift : 1;
    }

    /// <summary>
    /// One side's private estimate of the local force ratio: the true ratio times a log-normal error of s.d.
    /// <c>misperception</c> (Fearon 1995: war from private information about capabilities; Blainey 1973: wars begin
    /// when states disagree about their relative strength). The true ratio with perfect information (GeoSim).
    /// </summary>
    private double Estimate(double ratio, int tick, CounterRng rng, int state, uint draw) =>
        _p.Misperception > 0 && double.IsFinite(ratio) && ratio > 0
            ? ratio * Math.Exp(_p.Misperception * rng.Normal(tick, RngStream.InterstateWar, state, draw))
            : ratio;

    /// <summary>
    /// A crisis: the challenger demands the contested province. The target yields it (never its capital) when its own
    /// estimate of the challenger's local superiority reaches the concession ratio; otherwise the challenger escalates
    /// to war with the escalation probability, or backs down. Either way both sides are alerted (contextual
    /// activation). Returns whether the crisis escalates to war.
    /// </summary>
    private bool Crisis(Front front, int attackerCell, int targetCell, double ratio, int tick, CounterRng rng)
    {
        var states = _world.States;
        var (challenger, target) = (front.From, front.To);
        var detail = $"{states.Name[challenger]} demands a province of {states.Name[target]}";
        _events.Publish(new CrisisOpened(tick, challenger, targetCell, target, detail));
        states.Alert[challenger] = states.Alert[target] = true;
        var seen = Estimate(ratio, tick, rng, target, DrawTargetEstimate);
        if (_governments[target].Concedes(View(target), new Demand(challenger, seen, _p.ConcessionRatio, states.Capital[target] == targetCell)))
        {
            _concessions.Add(new Claim(challenger, target, attackerCell, targetCell));
            _events.Publish(new CrisisConceded(tick, target, targetCell, challenger, $"{states.Name[target]} yields to {states.Name[challenger]}"));
            return false;
        }

        // Confidence-building measures of a treaty between the two make escalation less likely (cooperative security).
        var escalation = _p.EscalationProbability * (_world.Treaties.Binds(challenger, target) ? 1 - _world.Treaties.EscalationCut : 1);
        if (_governments[challenger].Escalates(View(challenger), target, new Odds(escalation, rng.Uniform(tick, RngStream.InterstateWar, challenger, DrawEscalate))))
        {
            _events.Publish(new CrisisEscalated(tick, challenger, targetCell, target, detail));
            return true;
        }

        states.CampaignTarget[challenger] = -1;
        _events.Publish(new CrisisBackedDown(tick, challenger, targetCell, target, $"{states.Name[challenger]} backs down"));
        return false;
    }

    /// <summary>A battle site: one (attacker cell, enemy cell) pair of the front's border, drawn uniformly.</summary>
    private (int Attacker, int Target) BattleSite(Front front, int tick, CounterRng rng, int entity)
    {
        // The border index is as it was when the fronts were built: territory changes hands only after the battles.
        var cells = _world.Borders.Cells(Key(front.From, front.To));
        return BorderIndex.Cell(cells[rng.Below(cells.Length, tick, RngStream.InterstateWar, entity, DrawBattle + (16u * (uint)front.To))]);
    }

    /// <summary>
    /// B = f_i(d_i) r_ij / (f_j(d_j) r_ji): projected commitments at the battle site. The defender's allies add the
    /// share of their war resources they send to defend a member, projected from their capitals to the battle site
    /// (collective defence): when deciding and in battle, so alliances deter and defend.
    /// </summary>
    private double ForceRatio(Front front, int attackerCell, int targetCell)
    {
        var states = _world.States;
        var mine = Gradient(Distance(attackerCell, states.Capital[front.From]), states.Technology[front.From]) * front.Commitment;
        var theirs = front.Back.Commitment;
        var projected = Gradient(Distance(targetCell, states.Capital[front.To]), states.Technology[front.To]) * theirs;
        var alliance = states.Alliance[front.To];
        if (alliance >= 0 && _allianceSupport > 0)
        {
            foreach (var k in _members.TryGetValue(alliance, out var members) ? members : [])
            {
                // Members as of the start of the tick; one that died or was replaced since no longer counts.
                if (k != front.To && states.Alive[k] && states.Alliance[k] == alliance && k != front.From)
                {
                    projected += _allianceSupport * states.WarResources[k] * Gradient(Distance(targetCell, states.Capital[k]), states.Technology[k]);
                }
            }
        }

        var enforcement = _world.Measures.Enforcement;
        if (enforcement.Count > 0 && enforcement.TryGetValue(front.From, out var coalition) && states.CampaignTarget[front.To] != front.From)
        {
            // Collective enforcement authorised against the attacker: the coalition's forces stand by its victim, in the
            // units forces in being are counted in as war resources.
            projected += coalition / _p.ForcesUnit;
        }

        if (_anyStandsBy && _allianceSupport > 0 && states.CampaignTarget[front.To] != front.From)
        {
            // Collective security: the neighbours of a state attacked by an aggressor (one that campaigns against it, not
            // one hitting back) whose governments stand by victims of aggression stand by it, unless allied with the
            // attacker or counted above.
            for (var f = _frontStart[front.To]; f < _frontStart[front.To] + _frontCount[front.To]; f++)
            {
                var k = _state.Fronts[f].To;
                if (states.Alive[k] && StandsBy(k) && k != front.From && !states.Allied(k, front.From)
                    && (alliance < 0 || states.Alliance[k] != alliance))
                {
                    projected += _allianceSupport * states.WarResources[k] * Gradient(Distance(targetCell, states.Capital[k]), states.Technology[k]);
                }
            }
        }

        return projected > 0 ? mine / projected : double.PositiveInfinity;
    }

    /// <summary>
    /// Allies of an attacked state that border the attacker join the war against it, and so do collective-security
    /// states bordering an aggressor (a state campaigning against the one it attacks).
    /// </summary>
    private void HonourAlliances()
    {
        var states = _world.States;
        foreach (var front in _state.Fronts)
        {
            var aggression = front.Defect && _anyStandsBy && states.CampaignTarget[front.From] == front.To;
            if (!front.Defect || (states.Alliance[front.To] < 0 && !aggression))
            {
                continue;
            }

            for (var f = _frontStart[front.From]; f < _frontStart[front.From] + _frontCount[front.From]; f++)
            {
                var ally = _state.Fronts[f].To;
                var stands = states.Allied(ally, front.To) || (aggression && StandsBy(ally));
                var allied = _state.Fronts[f].Back; // the ally's front against the aggressor
                if (ally != front.To && stands && !states.Allied(ally, front.From) && !allied.Defect)
                {
                    allied.Defect = true;
                    _events.Report(new AllyJoinedWar(_tick, ally, front.From, front.To));
                }
            }
        }
    }

    private StateView View(int state) => _governments.View(state, _tick, _year);

    private bool StandsBy(int state) => _governments[state].StandsByVictimsOfAggression(View(state));

    /// <summary>Both sides' governments agree to settle (each is asked with the same odds).</summary>
    private bool Settle(int a, int b, Odds odds) =>
        _governments[a].Settles(View(a), b, odds) && _governments[b].Settles(View(b), a, odds);

    private static double Logistic(double ratio, double threshold, double slope) =>
        double.IsPositiveInfinity(ratio) ? 1 : ratio <= 0 ? 0 : 1 / (1 + Math.Pow(ratio / threshold, -slope));

    private void Fight(int tick, CounterRng rng)
    {
        var states = _world.States;
        _claims.Clear();
        foreach (var front in _state.Fronts)
        {
            if (!front.Defect)
            {
                continue;
            }

            var s = front.From;
            var entity = -1 - s; // the decision phase draws with entity s
            if (_p.SettlementProbability > 0 && s < front.To && front.Back.Defect && Settle(s, front.To, new Odds(_p.SettlementProbability, rng.Uniform(tick, RngStream.InterstateWar, entity, DrawSettle + (16u * (uint)front.To)))))
            {
                // Both sides fight here and settle: the fighting stops on this border, territory stays as it is.
                front.Defect = front.Back.Defect = false;
                _events.Publish(new WarSettled(tick, s, -1, front.To, $"{states.Name[s]} and {states.Name[front.To]} settle"));
                continue;
            }

            if (_p.CapitulationShare > 0 && _governments[front.To].Capitulates(View(front.To), s, states.WarResources[front.To], _p.CapitulationShare * Capacity(front.To)))
            {
                // The defender's resources are spent: it yields the province fought over (or, surrendering whole, all of
                // itself) and stops fighting this enemy.
                var (cell, lost) = BattleSite(front, tick, rng, entity);
                _claims.Add(new Claim(s, front.To, cell, lost, _p.SurrenderAnnexes));
                front.Defect = front.Back.Defect = false;

                _events.Publish(new Capitulation(tick, front.To, lost, s, $"{states.Name[front.To]} capitulates to {states.Name[s]}"));
                continue;
            }

            var (attackerCell, targetCell) = BattleSite(front, tick, rng, entity);
            var ratio = ForceRatio(front, attackerCell, targetCell);
            var projected = Gradient(Distance(attackerCell, states.Capital[s]), states.Technology[s]) * front.Commitment;
            double damage, damageToAttacker;
            if (_p.Battles == BattleModel.Lanchester)
            {
                // Square-law attrition over one tick between the projected forces at the battle site.
                // A ratio of 0 means the attacker projects nothing here: nobody is hurt, whatever the defence.
                var defending = double.IsPositiveInfinity(ratio) || !(ratio > 0) ? 0 : projected / ratio;
                var e = _p.LanchesterEffectiveness;
                var losses = new LanchesterSquareLaw(e, e).Step(projected, defending, 1);
                (damage, damageToAttacker) = (losses.BlueLosses, losses.RedLosses);
            }
            else
            {
                (damage, damageToAttacker) = (_p.DamageShare * projected, 0);
            }

            states.DamageReceived[front.To] += damage;
            states.DamageReceived[s] += damageToAttacker;
            // The battle's whole deaths are decided once, here; the war registry, the regions and the violence log
            // all take these numbers.
            var defenderDeaths = Die(damage, targetCell);
            var attackerDeaths = Die(damageToAttacker, attackerCell);
            var warsBefore = Wars.Wars.Count;
            var war = Wars.RecordBattle(_world, s, front.To, tick, defenderDeaths, attackerDeaths);
            RecordDeaths(war.Id, s, front.To, targetCell, attackerCell, defenderDeaths, attackerDeaths, tick);
            if (Wars.Wars.Count > warsBefore)
            {
                _events.Publish(new WarStarted(tick, s, targetCell, front.To, $"war {war.Id}: {states.Name[s]} attacks {states.Name[front.To]}"));
            }

            var (a, b, _, _) = rng.Block(tick, RngStream.InterstateWar, entity, DrawAttack + (16u * (uint)front.To));
            var attackerWins = a / 4294967296.0 < Logistic(ratio, _p.VictoryThreshold, _p.VictorySlope);
            var defenderWins = b / 4294967296.0 < Logistic(1 / ratio, 1 / _p.VictoryThreshold, _p.VictorySlope);
            if (defenderWins)
            {
                // The defence holds: the attack stops on this front.
                front.Defect = false;
                if (states.CampaignTarget[s] == front.To)
                {
                    states.CampaignTarget[s] = -1;
                }
            }
            else if (attackerWins)
            {
                _claims.Add(new Claim(s, front.To, attackerCell, targetCell));
            }
        }
    }

    /// <summary>
    /// The whole deaths of damage done in a region: damage times deaths per damage, at most the people of the region not
    /// already killed this tick (nobody dies twice), added to the region's deaths of organised violence this tick.
    /// </summary>
    private long Die(double damage, int region)
    {
        var regions = _world.Regions;
        var deaths = (long)Math.Min(Math.Round(damage * _p.DeathsPerDamage), Math.Max(0, regions.Population[region] - regions.ConflictDeaths[region]));
        regions.ConflictDeaths[region] += deaths;
        return deaths;
    }

    /// <summary>
    /// A battle's whole deaths, already counted in the regions fought from and over, are logged as state-based violence
    /// in the defender's region.
    /// </summary>
    private void RecordDeaths(int warId, int attacker, int defender, int targetCell, int attackerCell, long defenders, long attackers, int tick)
    {
        var regions = _world.Regions;
        if (defenders + attackers == 0)
        {
            return;
        }

        _battlefields.Add(targetCell);
        _battlefields.Add(attackerCell);
        var states = _world.States;
        _events.Report(new ViolenceEvent(ViolenceType.StateBased, $"war-{warId}", $"Government of {states.Name[attacker]}",
            $"Government of {states.Name[defender]}", targetCell, regions.Owner[targetCell], tick, attackers, defenders, 0));
    }

    private void ExecuteClaims(int tick, CounterRng rng)
    {
        _claims.AddRange(_concessions);
        if (_claims.Count == 0)
        {
            return;
        }

        var states = _world.States;
        var owner = _world.Regions.Owner;
        var order = _claims
            .Select(c => (Claim: c, Key: rng.Uniform(tick, RngStream.InterstateWar, c.TargetCell, DrawClaimOrder)))
            .OrderBy(x => x.Key).ThenBy(x => x.Claim.TargetCell).Select(x => x.Claim).ToList();
        Array.Clear(_lostTerritory);
        foreach (var claim in order)
        {
            if (!states.Alive[claim.Attacker] || !states.Alive[claim.Defender]
                || owner[claim.AttackerCell] != claim.Attacker || owner[claim.TargetCell] != claim.Defender)
            {
                continue;
            }

            var ends = claim.Whole || states.Capital[claim.Defender] == claim.TargetCell;
            if (ends && _world.Measures.Enforcement.ContainsKey(claim.Attacker))
            {
                // The norm of territorial integrity enforced: the Security Council has authorised a coalition against the
                // attacker, and a conquest that would end a state is not kept (Kuwait 1990-91; Zacher 2001, Fazal 2007,
                // Altman 2020: the conquest of whole states virtually ceased after 1945). The state lives on and the
                // attacker's campaign against it ends; provinces taken before stay taken.
                states.CampaignTarget[claim.Attacker] = -1;
                continue;
            }

            if (ends)
            {
                Collapse(claim.Defender, claim.Attacker, claim.Whole ? states.Capital[claim.Defender] : claim.TargetCell, tick, claim.Whole);
            }
            else
            {
                _world.TransferRegion(claim.TargetCell, claim.Attacker);
                _lostTerritory[claim.Defender] = true;
                MarkChanged(claim.Attacker);
                MarkChanged(claim.Defender);
            }
        }

        _world.RefreshMembership();
        for (var s = 0; s < states.Count; s++)
        {
            if (_lostTerritory[s] && states.Alive[s] && _p.CutOffProvincesSecede)
            {
                FreeCutOffProvinces(s, tick);
            }
        }

        _world.RefreshMembership();
    }

    /// <summary>
    /// The capital falls: the conqueror takes it, and every other province of the state becomes sovereign (fragment)
    /// or passes to the conqueror too (annex). A state that surrendered whole passes to the conqueror entire.
    /// </summary>
    private void Collapse(int state, int conqueror, int capital, int tick, bool surrendered = false)
    {
        var states = _world.States;
        _world.TransferRegion(capital, conqueror);
        MarkChanged(conqueror);
        MarkChanged(state);
        var owner = _world.Regions.Owner;
        for (var r = 0; r < owner.Length; r++)
        {
            if (owner[r] == state)
            {
                if (surrendered || _p.CapitalFall == CapitalFallRule.Annex)
                {
                    _world.TransferRegion(r, conqueror);
                }
                else
                {
                    NewState(r, tick);
                }
            }
        }

        Wars.RecordDeath(_world, state);
        var alliance = states.Alliance[state];
        states.Alliance[state] = -1;
        states.Alive[state] = false;
        if (_world.DissolveAllianceIfAlone(alliance) is var last and >= 0)
        {
            _events.Publish(new AllianceDissolved(tick, last, -1, alliance, states.Name[last]));
        }

        states.DeathTick[state] = tick;
        states.DeathCause[state] = (int)StateDeathCause.Conquest;
        states.Conqueror[state] = conqueror;
        var buffer = states.Buffer[state] ? " (a buffer state)" : "";
        _events.Publish(new StateDied(tick, state, capital, conqueror, $"{states.Name[state]} conquered by {states.Name[conqueror]}{buffer}"));
    }

    /// <summary>Provinces no longer connected to their capital through the state's own regions become sovereign.</summary>
    private void FreeCutOffProvinces(int state, int tick)
    {
        var states = _world.States;
        var owner = _world.Regions.Owner;
        var stamp = tick + 1;
        var queue = _queue;
        queue.Clear();
        queue.Enqueue(states.Capital[state]);
        _visit[states.Capital[state]] = stamp;
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            foreach (var n in _world.Adjacency.Of(r))
            {
                if (owner[n] == state && _visit[n] != stamp)
                {
                    _visit[n] = stamp;
                    queue.Enqueue(n);
                }
            }
        }

        // The membership index is rebuilt only after all claims, so it still lists the state's regions.
        foreach (var r in states.RegionsOf(state))
        {
            if (_visit[r] != stamp)
            {
                NewState(r, tick);
                MarkChanged(state);
            }
        }
    }

    /// <summary>A region becomes a one-region state in a free slot (the slot of the longest-dead state).</summary>
    private void NewState(int region, int tick)
    {
        var slot = _world.FoundState(region, tick, $"State {++_state.NextName}", _world.Regions.Owner[region]);
        if (slot < 0)
        {
            throw new InvalidOperationException("no free state slot; the state table must hold one slot per region");
        }

        _world.States.Technology[slot] = _p.DistanceThreshold;
        MarkChanged(slot);
        _state.NewStates.Add(slot);
        _state.Founded[slot] = tick;
        _events.Publish(new StateEmerged(tick, slot, region, 1, _world.States.Name[slot]));
    }

    InterstateWarState ICheckpointed<InterstateWarState>.State => _state;

    void ICheckpointed<InterstateWarState>.Restore(InterstateWarState state)
    {
        _state = state;

        // The fronts restored are in ascending key order, as built; the next step rebuilds the index over them.
        _bordersStale = true;
        Array.Fill(_capacityStale, true);

        // Marks of the search for cut-off provinces are stamped with the tick: a run that went past the checkpoint
        // left later stamps, which would read as "reached" when the same ticks run again.
        Array.Clear(_visit);
    }

    private static long Key(int from, int to) => BorderIndex.Key(from, to);

    private static (int From, int To) Split(long key) => BorderIndex.Split(key);

    /// <summary>A province won (or, with <c>Whole</c>, a state that surrendered whole) to be handed over.</summary>
    private readonly record struct Claim(int Attacker, int Defender, int AttackerCell, int TargetCell, bool Whole = false);
}
