using System.Numerics;
using System.Runtime.Intrinsics;
using Westphalia.Conflict;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Mechanisms;

/// <summary>
/// Interpol, the part of <see cref="TransnationalThreats"/> that moves information (docs/ODD.md, submodel Transnational
/// threats and Interpol). Every living state whose <see cref="StateTable.InterpolMember"/> is set is a member (all of
/// them but where the world says otherwise: North Korea in the `world` scenario); a state that is not keeps what its own
/// police find and neither issues nor receives notices. When a state's police detect a cell of a network, the state
/// holds information about that network from that month; if it has not issued a notice about the network within the last
/// <c>information_months</c>, it issues one, and each other living member receives it with probability equal to the
/// sender's sharing level, in the month of issue (internet era) or <c>letter_latency_months</c> later (letters era). A
/// state holds information about a network from the month it reaches it until <c>information_months</c> after the
/// detection it reports: a letter arrives with less of its useful life left.
/// </summary>
/// <remarks>
/// Per network, one array of 2 × (state slots) ticks: where the latest information reached each state, and when each state
/// last issued a notice about it; the arrays of networks with no cells left are dropped. Notices in transit (letters era)
/// wait in a queue in order of arrival. A notice's receivers are drawn from a key taken from the TransnationalThreats
/// stream (tick of issue, entity −1 − notice id), hashed with each member's id (<see cref="Bits"/>), so every draw is a
/// pure function of the seed and costs a few nanoseconds per member.
/// </remarks>
public sealed class Interpol
{
    /// <summary>The tick of information never received.</summary>
    public const int Never = int.MinValue / 2;

    private readonly World _world;
    private readonly InterpolParameters _p;
    private readonly int _states;

    /// <summary>What a checkpoint carries: the notices, who holds information on which network, the letters in transit, the counters.</summary>
    private InterpolState _state;
    private CounterRng _rng;

    public Interpol(World world, InterpolParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _p = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _states = world.States.Count;
        _state = new InterpolState { Sent = new long[_states], Received = new long[_states], Ceded = new long[_states] };
    }

    public InterpolParameters Parameters => _p;

    /// <summary>Months from a notice's issue to its arrival: 0 in the internet era, <c>letter_latency_months</c> in the letters era.</summary>
    public int Latency => _p.Era == InterpolEra.Internet ? 0 : _p.LetterLatencyMonths;

    /// <summary>Every notice issued in the run, in order; a notice's id is its index.</summary>
    public IReadOnlyList<InterpolNotice> Notices => _state.Notices;

    /// <summary>Notices each state has issued.</summary>
    public ReadOnlySpan<long> NoticesSent => _state.Sent;

    /// <summary>Notices that have reached each state from other members.</summary>
    public ReadOnlySpan<long> NoticesReceived => _state.Received;

    /// <summary>
    /// Sovereignty ceded by each state: the records its police have handed to foreign police (one per member that a notice
    /// of its was sent to). The counter of the cost of sharing whose effect is <see cref="Effectiveness"/>.
    /// </summary>
    public ReadOnlySpan<long> SovereigntyCeded => _state.Ceded;

    /// <summary>Notices in transit now (letters era).</summary>
    public int InTransit => _state.Pending.Count - _state.Head;

    /// <summary>
    /// The factor on a state's police capacity that sharing costs: 1 − privacy_cost · σ_s, with σ_s its sharing level this
    /// month (1 when Interpol is off: nothing is shared).
    /// </summary>
    /// <summary>
    /// The share of its findings a state passes on: its government's sharing, raised to the floor a Council call against
    /// terrorism sets while it is in force (docs/ODD.md §7.17), within [0, 1].
    /// </summary>
    private double Sharing(int state) => Math.Clamp(Math.Max(_world.States.InformationSharing[state], _world.Measures.SharingFloor), 0, 1);

    public double Effectiveness(int state) =>
        _p.Enabled ? 1 - (_p.PrivacyCost * Sharing(state)) : 1;

    /// <summary>
    /// The date of the freshest information about the network that has reached the state: the tick of its own last
    /// detection, or of the detection behind a notice that has arrived (information ages from when it was gathered, not
    /// from when it arrived); <see cref="Never"/> if none.
    /// </summary>
    public int HeardAt(int network, int state)
    {
        var ticks = network >= 0 && network < _state.Ticks.Count ? _state.Ticks[network] : null;
        return ticks is null ? Never : ticks[state];
    }

    /// <summary>Whether the state holds information about the network at the tick: information that has reached it (the state now in the slot) and was gathered less than information_months ago.</summary>
    public bool Holds(int state, int network, int tick)
    {
        var heard = HeardAt(network, state);
        return heard > Never && heard <= tick && tick - heard < _p.InformationMonths && heard >= _world.States.FoundedTick[state];
    }

    /// <summary>
    /// The tick at which the notice reaches <paramref name="member"/> (a state that was living when it was issued): its
    /// tick for the sender, its tick plus <see cref="Latency"/> for a member drawn to receive it, −1 for one that was not.
    /// Valid once the mechanism has stepped (it uses the run's random generator).
    /// </summary>
    public int ArrivalTick(InterpolNotice notice, int member)
    {
        if (member == notice.Sender)
        {
            return notice.Tick;
        }

        return Receives(notice, member) ? notice.Tick + Latency : -1;
    }

    /// <summary>Starts a month: remembers the generator and delivers the notices that arrive this month.</summary>
    internal void Begin(in TickContext context)
    {
        _rng = context.Rng;
        var states = _world.States;
        var tick = context.Tick;
        while (_state.Head < _state.Pending.Count && _state.Pending[_state.Head].Arrival <= tick)
        {
            var d = _state.Pending[_state.Head++];
            var issued = _state.Notices[d.Notice].Tick;
            if (states.Alive[d.Member] && states.FoundedTick[d.Member] <= issued)
            {
                Receive(_state.Notices[d.Notice].Network, d.Member, issued);
            }
        }

        if (_state.Head > 1024 && _state.Head * 2 > _state.Pending.Count)
        {
            _state.Pending.RemoveRange(0, _state.Head);
            _state.Head = 0;
        }
    }

    /// <summary>
    /// A state's police detected a cell of the network: the state holds information from now, and it issues a notice unless
    /// it issued one about the network within the last information_months, Interpol is off or it shares nothing.
    /// Returns the notice's id, or −1.
    /// </summary>
    internal int Detected(int state, int network, int tick)
    {
        var ticks = Ticks(network);
        ticks[state] = Math.Max(ticks[state], tick);
        var sharing = Sharing(state);
        if (!_p.Enabled || sharing <= 0 || !_world.States.InterpolMember[state] || tick - ticks[_states + state] < _p.InformationMonths)
        {
            return -1;
        }

        return Issue(state, network, tick);
    }

    /// <summary>Issues a notice from <paramref name="state"/> about <paramref name="network"/> now, whatever the state last issued (for tests and scripted events).</summary>
    public InterpolNotice Issue(int state, int network, in TickContext context)
    {
        _rng = context.Rng;
        var ticks = Ticks(network);
        ticks[state] = Math.Max(ticks[state], context.Tick);
        return _state.Notices[Issue(state, network, context.Tick)];
    }

    private int Issue(int state, int network, int tick)
    {
        var states = _world.States;
        var ticks = Ticks(network);
        ticks[_states + state] = tick;
        var id = _state.Notices.Count;
        var notice = new InterpolNotice(id, network, state, tick, Sharing(state), 0);
        var latency = Latency;
        var receivers = 0;
        var key = Key(notice);
        var alive = states.Alive;
        var member = states.InterpolMember;
        var received = _state.Received;
        var threshold = Threshold(notice.Sharing);
        void Deliver(int j)
        {
            if (!alive[j] || !member[j] || j == state)
            {
                return;
            }

            receivers++;
            if (latency <= 0)
            {
                received[j]++;
                ticks[j] = Math.Max(ticks[j], tick);
            }
            else
            {
                _state.Pending.Add(new InterpolDelivery(tick + latency, id, j));
            }
        }

        // The members' bits eight at a time where 512-bit vectors are accelerated (the same bits: wrapping 64-bit
        // arithmetic in each lane); those drawn are delivered in ascending order, as one at a time.
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 8 <= _states; j += 8)
            {
                for (var drawn = BitsBelow(key, j, threshold); drawn != 0; drawn &= drawn - 1)
                {
                    Deliver(j + BitOperations.TrailingZeroCount(drawn));
                }
            }
        }

        for (; j < _states; j++)
        {
            if (Bits(key, j) < threshold)
            {
                Deliver(j);
            }
        }

        _state.Notices.Add(notice with { Receivers = receivers });
        _state.Sent[state]++;
        _state.Ceded[state] += receivers;
        return id;
    }

    /// <summary>Whether the member is drawn to receive the notice.</summary>
    private bool Receives(InterpolNotice notice, int member) =>
        _p.Enabled && _world.States.InterpolMember[member] && Bits(Key(notice), member) < Threshold(notice.Sharing);

    /// <summary>The notice's 64-bit key: one Philox block from (notice tick, TransnationalThreats, −1 − notice id).</summary>
    private ulong Key(InterpolNotice notice)
    {
        var (a, b, _, _) = _rng.Block(notice.Tick, RngStream.TransnationalThreats, -1 - notice.Id);
        return ((ulong)a << 32) | b;
    }

    /// <summary>A member receives a notice when its 53 bits fall below σ · 2^53: with probability σ.</summary>
    private static ulong Threshold(double sharing) => (ulong)(Math.Clamp(sharing, 0, 1) * 9007199254740992.0);

    /// <summary>
    /// 53 uniform bits for one member: the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) of the notice's key plus
    /// (member + 1) times the golden-ratio increment — a counter-based hash, so a pure function of (seed, notice, member),
    /// at a few nanoseconds a member rather than a Philox block.
    /// </summary>
    private static ulong Bits(ulong key, int member)
    {
        var z = key + (((ulong)member + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z >> 11;
    }

    /// <summary>Bit i set where <see cref="Bits"/>(key, first + i) is below the threshold, for the eight members from <paramref name="first"/>.</summary>
    private static uint BitsBelow(ulong key, int first, ulong threshold)
    {
        var z = Vector512.Create(key) + ((Vector512<ulong>.Indices + Vector512.Create((ulong)first + 1)) * Vector512.Create(0x9E3779B97F4A7C15UL));
        z = (z ^ Vector512.ShiftRightLogical(z, 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ Vector512.ShiftRightLogical(z, 27)) * Vector512.Create(0x94D049BB133111EBUL);
        z ^= Vector512.ShiftRightLogical(z, 31);
        return (uint)Vector512.LessThan(Vector512.ShiftRightLogical(z, 11), Vector512.Create(threshold)).ExtractMostSignificantBits();
    }

    /// <summary>A notice about <paramref name="network"/>, issued at <paramref name="tick"/>, reaches <paramref name="member"/>.</summary>
    private void Receive(int network, int member, int tick)
    {
        _state.Received[member]++;
        var ticks = network < _state.Ticks.Count ? _state.Ticks[network] : null;
        if (ticks is not null)
        {
            ticks[member] = Math.Max(ticks[member], tick);
        }
    }

    /// <summary>The network's tick array, created on first use.</summary>
    private int[] Ticks(int network)
    {
        while (_state.Ticks.Count <= network)
        {
            _state.Ticks.Add(null);
        }

        var ticks = _state.Ticks[network];
        if (ticks is null)
        {
            ticks = new int[2 * _states];
            Array.Fill(ticks, Never);
            _state.Ticks[network] = ticks;
        }

        return ticks;
    }

    /// <summary>The network has no cells left: what members know about it no longer matters.</summary>
    internal void Forget(int network)
    {
        if (network < _state.Ticks.Count)
        {
            _state.Ticks[network] = null;
        }
    }

    /// <summary>What a checkpoint carries (part of <see cref="TransnationalThreats"/>'s state).</summary>
    internal InterpolState State => _state;

    /// <summary>Takes a state read from a checkpoint.</summary>
    internal void Restore(InterpolState state) => _state = state;
}
