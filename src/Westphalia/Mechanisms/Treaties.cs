using System.Runtime.CompilerServices;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Mechanisms;

/// <summary>
/// Cooperative security (docs/ODD.md, Cooperative security): each January, rival neighbours (not allied) negotiate
/// arms-control treaties with confidence-building measures and sign them when both governments are willing; parties'
/// governments may start to cheat, and inspection may catch them, which ends the treaty
/// and leaves a decade of distrust. A party keeping a treaty cuts its arms reaction to its partner (the realist
/// doctrine's Richardson step), and a crisis between the parties escalates less often.
/// </summary>
public sealed class Treaties : IMechanism, ICheckpointed<TreatiesState>
{
    private const uint DrawNegotiate = 0;
    private const uint DrawWillingFirst = 1;
    private const uint DrawWillingSecond = 2;
    private const uint DrawDefectFirst = 3;
    private const uint DrawDefectSecond = 4;
    private const uint DrawDetect = 5;

    private readonly World _world;
    private readonly TreatyParameters _p;
    private readonly EventBus _events;
    private readonly GovernmentTable _governments;

    /// <summary>What a checkpoint carries: the treaties in force (the world's registry's list), those broken, the distrust they left.</summary>
    private TreatiesState _state;

    public Treaties(World world, TreatyParameters parameters, EventBus events, GovernmentTable governments)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _governments = governments ?? throw new ArgumentNullException(nameof(governments));
        _p = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        world.Treaties.ReactionCut = _p.Enabled ? _p.ReactionCut : 0;
        world.Treaties.EscalationCut = _p.Enabled ? _p.EscalationCut : 0;
        _state = new TreatiesState { InForce = world.Treaties.InForce };
    }

    public string Name => "Cooperative security";

    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void January(in TickContext context)
    {
        var rng = context.Rng;
        Comply(context, rng);
        Negotiate(context, rng);
    }

    /// <summary>Treaties with a dead party lapse; parties may start to cheat; inspection may catch a cheat.</summary>
    private void Comply(in TickContext context, CounterRng rng)
    {
        var tick = context.Tick;
        var states = _world.States;
        var registry = _world.Treaties;
        foreach (var t in registry.InForce.ToArray())
        {
            if (!states.Alive[t.First] || !states.Alive[t.Second])
            {
                registry.End(t);
                _events.Publish(new TreatyLapsed(tick, t.First, -1, t.Second, $"the treaty of {states.Name[t.First]} and {states.Name[t.Second]} lapses"));
                continue;
            }

            var index = 16u * (uint)t.Second;
            t.FirstDefects |= _governments[t.First].CheatsOnTreaty(_governments.View(t.First, context), t.Second, rng.Uniform(tick, RngStream.Treaties, t.First, DrawDefectFirst + index));
            t.SecondDefects |= _governments[t.Second].CheatsOnTreaty(_governments.View(t.Second, context), t.First, rng.Uniform(tick, RngStream.Treaties, t.First, DrawDefectSecond + index));
            if ((t.FirstDefects || t.SecondDefects) && rng.Uniform(tick, RngStream.Treaties, t.First, DrawDetect + index) < _p.Verification)
            {
                registry.End(t);
                _state.Distrust[TreatyRegistry.Key(t.First, t.Second)] = tick + (int)Math.Round(12 * _p.DistrustYears);
                var cheat = t.FirstDefects ? t.First : t.Second;
                _events.Publish(new TreatyBroken(tick, cheat, -1, t.First == cheat ? t.Second : t.First,
                    $"inspection finds {states.Name[cheat]} cheating; its treaty with {states.Name[t.First == cheat ? t.Second : t.First]} ends"));
            }
        }
    }

    /// <summary>Rival neighbours (living, not allied) without a treaty negotiate; both must be willing to sign.</summary>
    private void Negotiate(in TickContext context, CounterRng rng)
    {
        var tick = context.Tick;
        var states = _world.States;
        var registry = _world.Treaties;
        var graph = StateGraph.Current(_world);
        for (var a = 0; a < states.Count && a < graph.StateCount; a++)
        {
            if (!states.Alive[a])
            {
                continue;
            }

            foreach (var b in graph.Neighbours(a))
            {
                if (b <= a || !states.Alive[b] || states.Allied(a, b) || registry.Binds(a, b)
                    || (_state.Distrust.TryGetValue(TreatyRegistry.Key(a, b), out var until) && tick < until))
                {
                    continue;
                }

                var index = 16u * (uint)b;
                if (rng.Uniform(tick, RngStream.Treaties, a, DrawNegotiate + index) < _p.Negotiation
                    && _governments[a].SignsTreaty(_governments.View(a, context), b, rng.Uniform(tick, RngStream.Treaties, a, DrawWillingFirst + index))
                    && _governments[b].SignsTreaty(_governments.View(b, context), a, rng.Uniform(tick, RngStream.Treaties, a, DrawWillingSecond + index)))
                {
                    registry.Sign(a, b, tick);
                    _events.Publish(new TreatySigned(tick, a, -1, b, $"{states.Name[a]} and {states.Name[b]} sign an arms-control treaty"));
                }
            }
        }
    }

    TreatiesState ICheckpointed<TreatiesState>.State => _state;

    void ICheckpointed<TreatiesState>.Restore(TreatiesState state)
    {
        _state = state;
        _world.Treaties.Restore(state.InForce);
    }
}
