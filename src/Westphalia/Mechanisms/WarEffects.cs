using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// What organised violence does to the places it touches (docs/ODD.md §7.6): war damage destroys output where there is
/// fighting (a civil war's contested regions, an interstate war's battlefields) and, less, next to it, lowers health
/// and food security and is rebuilt over years (the conflict trap); people flee the fighting, within their state or
/// across a border, and go home once their region is at peace. Every person is moved, never created or lost.
/// </summary>
public sealed class WarEffects : IMechanism, ICheckpointed<WarEffectsState>
{
    private readonly World _world;
    private readonly WarEffectsParameters _p;

    /// <summary>2 where there is fighting this month, 1 next to it, 3 elsewhere in a state at civil war or bordering one, 0 elsewhere.</summary>
    private readonly byte[] _mark;

    /// <summary>How many regions are marked this month, and those fought over, ascending.</summary>
    private int _markedCount;
    private readonly List<int> _contested = [];

    /// <summary>Regions with war damage (the conflict trap visits them and the marked ones), and how many there are.</summary>
    private readonly bool[] _tracked;
    private int _trackedCount;

    /// <summary>The states whose every region is marked this month (scratch, cleared as it is read), and the list of them, ascending.</summary>
    private readonly bool[] _stateMarked;
    private readonly List<int> _markedStates = [];

    /// <summary>
    /// The marks of whole states alone (3 or 0), how many regions they mark, and the states and ownership version they
    /// were built for (valid only when built with the membership index up to date).
    /// </summary>
    private readonly byte[] _stateMarks;
    private int _stateMarkCount;
    private readonly List<int> _stateMarksOf = [];
    private int _stateMarksVersion;
    private bool _stateMarksValid;

    /// <summary>The regions marked 2 or 1 this month, where the marks of whole states are restored next month.</summary>
    private readonly List<int> _fightMarked = [];

    /// <summary>Regions whose displacement flows or displaced count were set: the ones to reset, not every region.</summary>
    private readonly List<int> _flows = [];
    private readonly List<int> _hosts = [];

    /// <summary>What a checkpoint carries: the carried fractions of people and the displaced (the world's registry).</summary>
    private WarEffectsState _state;

    /// <summary>What each record becomes this month (reused): the records cannot change while they are walked.</summary>
    private readonly List<(long Key, long Left)> _changes = [];

    public WarEffects(World world, WarEffectsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _p = parameters ?? throw new ArgumentNullException(nameof(parameters));
        var n = world.Regions.Count;
        _mark = new byte[n];
        _stateMarks = new byte[n];
        _tracked = new bool[n];
        _stateMarked = new bool[world.States.Count];
        _state = new WarEffectsState { FlightCarry = new double[n], Displaced = world.Displacement.ByPair };
    }

    public string Name => "War damage and displacement";

    /// <summary>This month's marks: 2 fought over, 1 next to it, 3 elsewhere in a state at or next to civil war, 0 elsewhere.</summary>
    internal ReadOnlySpan<byte> Marks => _mark;

    /// <summary>People displaced now: (origin region, host region, people), in key order.</summary>
    public IEnumerable<(int Origin, int Host, long People)> Displacement => _world.Displacement.Records;

    public void Step(in TickContext context)
    {
        var regions = _world.Regions;
        foreach (var r in _flows)
        {
            regions.DisplacedIn[r] = 0;
            regions.DisplacedOut[r] = 0;
        }

        _flows.Clear();
        Mark();
        Damage();
        if (_contested.Count > 0 || _state.Displaced.Count > 0 || _hosts.Count > 0)
        {
            Flee();
            Return();
            CountDisplaced();
        }
    }

    /// <summary>Marks the regions fought over this month (2): civil wars' contested regions and interstate battlefields; and those next to them (1).</summary>
    private void Mark()
    {
        // Every other region of a state at civil war and of the states next to it (neighbours as the Policy phase saw
        // them this month): the war's cost to the national and the neighbouring economies. Each state once, however
        // many states at civil war it borders, in ascending order.
        var states = _world.States;
        var graph = StateGraph.Current(_world);
        for (var s = Flags.Next(states.Alive, -1); s >= 0; s = Flags.Next(states.Alive, s))
        {
            if (states.CivilWar[s] < 0 || s >= graph.StateCount)
            {
                continue;
            }

            _stateMarked[s] = true;
            foreach (var j in graph.Neighbours(s))
            {
                _stateMarked[j] = true;
            }
        }

        _markedStates.Clear();
        for (var s = Flags.Next(_stateMarked, -1); s >= 0; s = Flags.Next(_stateMarked, s))
        {
            _stateMarked[s] = false;
            _markedStates.Add(s);
        }

        // The marks of whole states (3) change only with the states marked or with their territory: while neither
        // changed, last month's marks of fighting are undone, else the marks are built again from the states' regions.
        var version = _world.OwnershipVersion;
        if (_stateMarksValid && !_world.MembershipChanged && version == _stateMarksVersion
            && CollectionsMarshal.AsSpan(_markedStates).SequenceEqual(CollectionsMarshal.AsSpan(_stateMarksOf)))
        {
            foreach (var r in _fightMarked)
            {
                _mark[r] = _stateMarks[r];
            }
        }
        else
        {
            if (_stateMarkCount > 0)
            {
                Array.Clear(_stateMarks);
                _stateMarkCount = 0;
            }

            foreach (var s in _markedStates)
            {
                foreach (var r in states.RegionsOf(s))
                {
                    if (_stateMarks[r] == 0)
                    {
                        _stateMarks[r] = 3;
                        _stateMarkCount++;
                    }
                }
            }

            Array.Copy(_stateMarks, _mark, _mark.Length);
            _stateMarksOf.Clear();
            _stateMarksOf.AddRange(_markedStates);
            _stateMarksVersion = version;
            _stateMarksValid = !_world.MembershipChanged;
        }

        _markedCount = _stateMarkCount;
        _fightMarked.Clear();
        _contested.Clear();
        foreach (var r in _world.Fighting.CivilWarRegions)
        {
            Contest(r);
        }

        foreach (var r in _world.Fighting.Battlefields)
        {
            Contest(r);
        }

        _contested.Sort();
        foreach (var r in _contested)
        {
            foreach (var n in _world.Adjacency.Of(r))
            {
                if (_mark[n] is 0 or 3)
                {
                    _markedCount += _mark[n] == 0 ? 1 : 0;
                    _mark[n] = 1;
                    _fightMarked.Add(n);
                }
            }
        }

        void Contest(int r)
        {
            if (_mark[r] != 2)
            {
                _markedCount += _mark[r] == 0 ? 1 : 0;
                _mark[r] = 2;
                _contested.Add(r);
                _fightMarked.Add(r);
            }
        }
    }

    /// <summary>
    /// War damage D grows where there is fighting, D ← D + (1 − D) δ/12 (δ times the neighbour share next to it), and
    /// is rebuilt elsewhere, D ← D e^(−1/(12 T)); income per capita moves with (1 − D). Each region on its own, so the
    /// order of the visit does not matter: one pass in region order over the damaged and the marked regions.
    /// </summary>
    private void Damage()
    {
        if (_markedCount == 0 && _trackedCount == 0)
        {
            return;
        }

        var regions = _world.Regions;
        var destroy = _p.Destruction / 12;
        var rates = new DamageRates(destroy, destroy * _p.NeighbourDestruction, destroy * _p.NeighbourStateDestruction, Math.Exp(-1.0 / (12 * _p.RecoveryYears)));
        _trackedCount += DamageRegions(_mark, _tracked, regions.WarDamage, regions.IncomePerCapita, rates);
    }

    /// <summary>The monthly shares of destruction by mark (fought over, next to it, next door) and the monthly rebuilding factor.</summary>
    internal readonly record struct DamageRates(double Destroy, double Near, double NextDoor, double Rebuild);

    /// <summary>
    /// One month of damage for every region marked (1, 2, 3) or tracked, in region order: D' = D + (1 − D) share where
    /// marked, D e^(−1/(12 T)) (0 below 1e-6) where only tracked, income per capita times (1 − D') / (1 − D), the tracked
    /// flag set to D' ≠ 0; other regions are left as they are. Eight regions at a time in 512-bit lanes where the hardware
    /// has them and <paramref name="widest"/> allows, as Demography's monthly kernels are, one at a time elsewhere (each
    /// lane does one region's operations, so the bits are those of one region at a time). Returns how many more regions
    /// are tracked than before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int DamageRegions(byte[] mark, bool[] tracked, double[] damage, double[] income, DamageRates rates, int widest = 8)
    {
        var n = mark.Length;
        if (tracked.Length != n || damage.Length < n || income.Length < n)
        {
            throw new ArgumentException("the marks, tracked flags, damage and incomes must cover the same regions");
        }

        ref var marks = ref MemoryMarshal.GetArrayDataReference(mark);
        ref var flags = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(tracked));
        ref var damages = ref MemoryMarshal.GetArrayDataReference(damage);
        ref var incomes = ref MemoryMarshal.GetArrayDataReference(income);
        var change = 0;
        var r = 0;
        if (widest >= 8 && Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
        {
            var one = Vector512.Create(1.0);
            var near = Vector512.Create(rates.Near);
            var destroy = Vector512.Create(rates.Destroy);
            var nextDoor = Vector512.Create(rates.NextDoor);
            var rebuild = Vector512.Create(rates.Rebuild);
            var floor = Vector512.Create(1e-6);
            for (; r <= n - 8; r += 8)
            {
                var m8 = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref marks, r));
                var t8 = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref flags, r));
                if ((m8 | t8) == 0)
                {
                    continue;
                }

                var m = Avx512F.ConvertToVector512Int64(Vector128.CreateScalar(m8).AsByte());
                var t = Avx512F.ConvertToVector512Int64(Vector128.CreateScalar(t8).AsByte());
                var visited = (~Vector512.Equals(m | t, Vector512<long>.Zero)).AsDouble();
                var marked = (~Vector512.Equals(m, Vector512<long>.Zero)).AsDouble();
                var share = Vector512.ConditionalSelect(Vector512.Equals(m, Vector512.Create(1L)).AsDouble(), near,
                    Vector512.ConditionalSelect(Vector512.Equals(m, Vector512.Create(2L)).AsDouble(), destroy, nextDoor));
                var before = Vector512.LoadUnsafe(ref damages, (nuint)r);
                var grown = before + ((one - before) * share);
                var rebuilt = before * rebuild;
                rebuilt = Vector512.ConditionalSelect(Vector512.LessThan(rebuilt, floor), Vector512<double>.Zero, rebuilt);
                var after = Vector512.ConditionalSelect(visited, Vector512.ConditionalSelect(marked, grown, rebuilt), before);
                var wealth = Vector512.LoadUnsafe(ref incomes, (nuint)r);
                wealth = Vector512.ConditionalSelect(visited, wealth * ((one - after) / (one - before)), wealth);
                after.StoreUnsafe(ref damages, (nuint)r);
                wealth.StoreUnsafe(ref incomes, (nuint)r);
                var visitedBits = (uint)visited.ExtractMostSignificantBits();
                var keepBits = ~(uint)Vector512.Equals(after, Vector512<double>.Zero).ExtractMostSignificantBits();
                var oldBits = (uint)(~Vector512.Equals(t, Vector512<long>.Zero)).ExtractMostSignificantBits();
                change += Track(ref Unsafe.Add(ref flags, r), oldBits, (oldBits & ~visitedBits) | (keepBits & visitedBits));
            }
        }

        for (; r < n; r++)
        {
            var m = mark[r];
            if (m == 0 && !tracked[r])
            {
                continue;
            }

            var before = damage[r];
            var after = m switch
            {
                2 => before + ((1 - before) * rates.Destroy),
                1 => before + ((1 - before) * rates.Near),
                3 => before + ((1 - before) * rates.NextDoor),
                _ => before * rates.Rebuild < 1e-6 ? 0 : before * rates.Rebuild,
            };
            damage[r] = after;
            income[r] *= (1 - after) / (1 - before);
            var keep = after != 0;
            if (tracked[r] != keep)
            {
                tracked[r] = keep;
                change += keep ? 1 : -1;
            }
        }

        return change;

        // Writes the eight lanes' tracked flags (bit i: region i of the block) where they changed; returns the change in their count.
        static int Track(ref byte flags, uint before, uint after)
        {
            if (before == after)
            {
                return 0;
            }

            for (var i = 0; i < 8; i++)
            {
                Unsafe.Add(ref flags, i) = (byte)((after >> i) & 1);
            }

            return BitOperations.PopCount(after) - BitOperations.PopCount(before);
        }
    }

    /// <summary>
    /// People flee the regions fought over: a share across the border to the richest neighbouring region of a state at
    /// peace (not an enemy in the same interstate war, not itself fought over), the rest to the richest neighbouring region of their own state that
    /// is neither fought over nor next to fighting, or, when there is none, within their own region.
    /// </summary>
    private void Flee()
    {
        var p = _p;
        var regions = _world.Regions;
        var states = _world.States;
        foreach (var r in _contested)
        {
            var residents = regions.Population[r] - regions.Displaced[r];
            if (residents <= 0)
            {
                continue;
            }

            var killedPerThousandYear = _world.Fighting.CiviliansKilled[r] * 12.0 * 1000 / Math.Max(regions.Population[r], 1);
            var rate = Math.Min(0.2, p.Flight / 12 * (1 + (p.FlightPerKilling * killedPerThousandYear)));
            var fleeing = WholePeople.Take(rate * residents, ref _state.FlightCarry[r]);
            if (fleeing <= 0)
            {
                continue;
            }

            var owner = regions.Owner[r];
            int abroad = -1, home = -1;
            foreach (var n in _world.Adjacency.Of(r))
            {
                var o = regions.Owner[n];
                var enemy = states.CurrentWar[owner] >= 0 && states.CurrentWar[o] == states.CurrentWar[owner] && !states.Allied(o, owner);
                if (o != owner && !enemy && states.CivilWar[o] < 0 && _mark[n] != 2 && (abroad < 0 || regions.IncomePerCapita[n] > regions.IncomePerCapita[abroad]))
                {
                    abroad = n;
                }
                else if (o == owner && _mark[n] is 0 or 3 && (home < 0 || regions.IncomePerCapita[n] > regions.IncomePerCapita[home]))
                {
                    home = n;
                }
            }

            var refugees = abroad >= 0 ? (long)Math.Floor(fleeing * p.RefugeeShare) : 0;
            Move(r, abroad, r, refugees);
            Move(r, home >= 0 ? home : r, r, fleeing - refugees);
        }
    }

    /// <summary>The displaced go home once their region is no longer fought over: a share Return a year, at least one person a month.</summary>
    private void Return()
    {
        if (_state.Displaced.Count == 0)
        {
            return;
        }

        var regions = _world.Regions;
        var rate = _p.Return / 12;
        _changes.Clear();
        foreach (var (key, recorded) in _state.Displaced)
        {
            var people = recorded;
            var origin = (int)(key >> 32);
            var host = (int)(key & 0xFFFFFFFF);
            if (_mark[origin] == 2)
            {
                continue;
            }

            var going = Math.Min(people, (long)Math.Ceiling(people * rate));
            if (host != origin)
            {
                if (regions.Population[host] < going)
                {
                    // Fewer people are left in the host than are recorded as displaced there: the rest have died.
                    going = regions.Population[host];
                    people = going;
                }

                Shift(host, origin, going, host);
            }

            _changes.Add((key, people - going));
        }

        // The records change after the walk over them, in the same key order.
        foreach (var (key, left) in _changes)
        {
            if (left > 0)
            {
                _state.Displaced[key] = left;
            }
            else
            {
                _state.Displaced.Remove(key);
            }
        }
    }

    /// <summary>
    /// Moves displaced people from <paramref name="from"/> to <paramref name="host"/> and records where they come from.
    /// They bring no output: the host's income per capita is diluted and the origin's is unchanged.
    /// </summary>
    private void Move(int from, int host, int origin, long people)
    {
        if (people <= 0 || host < 0)
        {
            return;
        }

        if (host != from)
        {
            Shift(from, host, people, host);
        }

        var key = ((long)origin << 32) | (uint)host;
        _state.Displaced[key] = _state.Displaced.GetValueOrDefault(key) + people;
    }

    /// <summary>
    /// Moves people between regions and records the flows. The displaced produce nothing, so the output of the region
    /// that hosts them (<paramref name="host"/>) is shared among more people when they arrive and fewer when they leave;
    /// the other region's income per capita is unchanged.
    /// </summary>
    private void Shift(int from, int to, long people, int host)
    {
        var regions = _world.Regions;
        var before = regions.Population[host];
        regions.Population[from] -= people;
        regions.Population[to] += people;
        regions.DisplacedOut[from] += people;
        regions.DisplacedIn[to] += people;
        _flows.Add(from);
        _flows.Add(to);
        if (before > 0 && regions.Population[host] > 0)
        {
            regions.IncomePerCapita[host] *= before / (double)regions.Population[host];
        }
    }

    /// <summary>Displaced people now in each region (capped at its population: some have died since they fled).</summary>
    private void CountDisplaced()
    {
        var regions = _world.Regions;
        foreach (var r in _hosts)
        {
            regions.Displaced[r] = 0;
        }

        _hosts.Clear();
        foreach (var (key, people) in _state.Displaced)
        {
            var host = (int)(key & 0xFFFFFFFF);
            if (regions.Displaced[host] == 0)
            {
                _hosts.Add(host);
            }

            regions.Displaced[host] = Math.Min(regions.Population[host], regions.Displaced[host] + people);
        }

    }

    WarEffectsState ICheckpointed<WarEffectsState>.State => _state;

    void ICheckpointed<WarEffectsState>.Restore(WarEffectsState state)
    {
        _state = state;
        _world.Displacement.Restore(state.Displaced);

        // The lists of regions to visit follow from the restored tables; the marks are built again next month.
        Array.Clear(_mark);
        _markedCount = 0;
        _stateMarksValid = false;
        _fightMarked.Clear();
        _trackedCount = 0;
        _flows.Clear();
        _hosts.Clear();
        Array.Clear(_tracked);
        var regions = _world.Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            if (regions.WarDamage[r] > 0)
            {
                _tracked[r] = true;
                _trackedCount++;
            }

            if (regions.DisplacedIn[r] != 0 || regions.DisplacedOut[r] != 0)
            {
                _flows.Add(r);
            }

            if (regions.Displaced[r] != 0)
            {
                _hosts.Add(r);
            }
        }
    }
}
