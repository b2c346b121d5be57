using System.Runtime.CompilerServices;
using System.Globalization;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Mechanisms;

/// <summary>
/// The United Nations (docs/ODD.md, United Nations). From its founding year every living state is a member. The
/// Security Council has permanent members with a veto, the strongest states when it first sits, and elected members
/// on staggered terms, half the seats filled each January. Each month the Council takes up what happened the month
/// before: an interstate war begun (aggression: sanctions on the attacker), a mass atrocity (by a government: a
/// protection force under the Responsibility to Protect; by rebels: condemnation), a civil war begun (condemnation) or
/// ended (a peacekeeping mission). Members vote by doctrine and alignment; a draft passes with
/// <c>votes_to_pass</c> affirmative votes and no permanent member against (Charter Art. 27(3)). Adopted measures act on
/// the other mechanisms: sanctions cut the target's income, missions cut the hazard of a new civil war, protection
/// forces restrain the government's violence, and while the UN exists the norm of territorial integrity makes
/// attacks need more superiority. Every draft, vote, veto and resolution is logged.
/// </summary>
public sealed class UnitedNations : IMechanism, ICheckpointed<UnitedNationsState>
{
    private const uint DrawSeat = 0;
    private const uint DrawVote = 1;

    private readonly World _world;
    private readonly UnitedNationsParameters _p;
    private readonly EventBus _events;
    private readonly GovernmentTable _governments;

    /// <summary>What a checkpoint carries: the seats, what the Council has yet to take up, its counts, the measures in force.</summary>
    private UnitedNationsState _state;
    private readonly List<(UnMeasure Measure, int Target, string Reason)> _agenda = [];

    // Drafts tabled from outside the month's events (Table), taken up at the next Step. Not in the checkpoint: whoever
    // tables drafts does so right before stepping (a classroom game at the start of a turn), so the queue is empty at
    // every point a checkpoint is taken (between ticks, after a Step has emptied it).
    private readonly List<(UnMeasure Measure, int Target, string Reason)> _tabled = [];
    private readonly List<int> _candidates = [];

    public UnitedNations(World world, UnitedNationsParameters parameters, EventBus events, GovernmentTable governments)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _governments = governments ?? throw new ArgumentNullException(nameof(governments));
        _p = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        var n = world.States.Count;
        _state = new UnitedNationsState { Permanent = new bool[n], TermEnds = new int[n], LastTermEnded = new int[n] };
        Array.Fill(_state.TermEnds, -1);
        Array.Fill(_state.LastTermEnded, int.MinValue / 2);
        if (_p.Enabled)
        {
            events.Subscribe(e =>
            {
                if (e is WarStarted or AttackCarriedOut or MassAtrocity or CivilWarStarted or CivilWarEnded)
                {
                    _state.Happened.Add(e);
                }
            });
        }
    }

    public string Name => "United Nations";

    /// <summary>Whether a state holds a permanent seat.</summary>
    public bool[] Permanent => _state.Permanent;

    /// <summary>All overrides of sovereignty in the run.</summary>
    public int SovereigntyOverrides => _state.SovereigntyOverrides;

    /// <summary>The measures in force.</summary>
    public IReadOnlyList<UnResolution> InForce => _state.InForce;

    /// <summary>Whether the Council has sat (its permanent members are named at its first sitting, the first month the UN exists).</summary>
    public bool Seated => _state.Seated;

    /// <summary>By state, the tick at which its elected term ends (it leaves the Council that January); −1 for a state without an elected seat.</summary>
    public IReadOnlyList<int> TermEnds => _state.TermEnds;

    /// <summary>Whether the UN exists in <paramref name="year"/>.</summary>
    public bool Exists(int year) => _p.Enabled && year >= _p.FoundingYear;

    /// <summary>The Council's members, permanent first, each in ascending id.</summary>
    public IEnumerable<int> Council =>
        Enumerable.Range(0, Permanent.Length).Where(s => Permanent[s] && _world.States.Alive[s])
            .Concat(Enumerable.Range(0, Permanent.Length).Where(s => !Permanent[s] && _state.TermEnds[s] >= 0));

    /// <summary>
    /// Article 27(3): a draft passes with at least <paramref name="votesToPass"/> affirmative votes and no permanent
    /// member voting against (an abstention is not a veto).
    /// </summary>
    public static bool Passes(IReadOnlyList<(UnVote Vote, bool Permanent)> votes, int votesToPass)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var yes = votes.Count(v => v.Vote == UnVote.Yes);
        var vetoed = votes.Any(v => v.Permanent && v.Vote == UnVote.No);
        return yes >= votesToPass && !vetoed;
    }

    /// <summary>
    /// Tables a draft resolution that did not come from the month's events (a classroom team's, say): it is put to the
    /// vote at the next <see cref="Step"/>, after the drafts on last month's events, as any draft is (the members'
    /// governments vote, a permanent member's No is a veto, every step is logged). <paramref name="reason"/> completes
    /// "for …" in the <see cref="DraftTabled"/> event. A draft whose target is dead by then, or tabled in a year before
    /// the UN exists, lapses.
    /// </summary>
    public void Table(UnMeasure measure, int target, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, _world.States.Count);
        _tabled.Add((measure, target, reason));
    }

    /// <summary>Each January the elected seats whose terms ended are filled.</summary>
    public void January(in TickContext context)
    {
        if (Exists(context.Year))
        {
            Seat(context.Tick, context.Rng);
        }
    }

    public void Step(in TickContext context)
    {
        var exists = Exists(context.Year);
        _world.Measures.AttackThresholdFactor = exists ? 1 + _p.TerritorialNorm : 1;
        if (!exists)
        {
            _state.Happened.Clear();
            _tabled.Clear();
            return;
        }

        var tick = context.Tick;
        var rng = context.Rng;
        if (!_state.Seated)
        {
            Seat(tick, rng);
        }

        Unseat();
        TakeUpEvents();
        foreach (var draft in _tabled)
        {
            if (_world.States.Alive[draft.Target])
            {
                _agenda.Add(draft);
            }
        }

        _tabled.Clear();
        foreach (var (measure, target, reason) in _agenda)
        {
            Vote(measure, target, reason, context, rng);
        }

        _agenda.Clear();
        Expire(tick);
        Apply();
        _state.Happened.Clear();
    }

    /// <summary>The permanent members when the Council first sits; each January, the elected seats whose terms ended.</summary>
    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Seat(int tick, CounterRng rng)
    {
        var states = _world.States;
        var first = !_state.Seated;
        if (first)
        {
            var named = Enumerable.Range(0, states.Count).Where(s => states.Alive[s] && states.PermanentSeat[s] && states.UnMember[s]).ToList();
            var permanent = named.Count > 0
                ? named
                : Enumerable.Range(0, states.Count).Where(s => states.Alive[s] && states.UnMember[s])
                    .OrderByDescending(s => states.Cinc[s]).ThenBy(s => s).Take(_p.PermanentMembers);
            foreach (var s in permanent)
            {
                _state.Permanent[s] = true;
            }

            _state.Seated = true;
        }

        for (var s = 0; s < states.Count; s++)
        {
            if (_state.TermEnds[s] >= 0 && _state.TermEnds[s] <= tick)
            {
                _state.TermEnds[s] = -1;
                _state.LastTermEnded[s] = tick;
            }
        }

        var seated = _state.TermEnds.Count(t => t >= 0);
        var open = _p.ElectedMembers - seated;
        if (open <= 0)
        {
            return;
        }

        _candidates.Clear();
        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s] && states.UnMember[s] && !Permanent[s] && _state.TermEnds[s] < 0 && _state.LastTermEnded[s] != tick)
            {
                _candidates.Add(s);
            }
        }

        var elected = _candidates.OrderBy(s => rng.Uniform(tick, RngStream.UnitedNations, s, DrawSeat)).ThenBy(s => s).Take(open).ToList();
        for (var i = 0; i < elected.Count; i++)
        {
            // At the first sitting half the seats get a short term, so that half are filled every January after.
            var years = first && i % 2 == 1 ? Math.Max(1, _p.TermYears - 1) : _p.TermYears;
            _state.TermEnds[elected[i]] = tick + (12 * years);
        }

        var names = string.Join(", ", Council.Select(s => (Permanent[s] ? "*" : "") + states.Name[s]));
        _events.Publish(new CouncilSeated(tick, -1, -1, Council.Count(), $"Security Council (* permanent): {names}"));
    }

    /// <summary>A member that died leaves its seat empty until the next election.</summary>
    private void Unseat()
    {
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                _state.TermEnds[s] = -1;
            }
        }
    }

    /// <summary>Puts on the agenda what happened since the last sitting.</summary>
    private void TakeUpEvents()
    {
        var states = _world.States;
        foreach (var e in _state.Happened)
        {
            switch (e)
            {
                case WarStarted war when war.State >= 0 && states.Alive[war.State]:
                    _agenda.Add((UnMeasure.Sanctions, war.State, $"aggression against {states.Name[(int)war.Value]}"));
                    _agenda.Add((UnMeasure.Enforcement, war.State, $"aggression against {states.Name[(int)war.Value]}"));
                    break;
                case AttackCarriedOut attack when attack.Value >= _p.TerrorDeaths && attack.State >= 0 && states.Alive[attack.State]:
                    _agenda.Add((UnMeasure.CounterTerrorism, attack.State, string.Create(CultureInfo.InvariantCulture, $"a terror attack that killed {attack.Value:N0}")));
                    break;
                case MassAtrocity atrocity when states.Alive[atrocity.State]:
                    _agenda.Add((atrocity.ByGovernment ? UnMeasure.Protection : UnMeasure.Condemnation, atrocity.State,
                        atrocity.ByGovernment ? "a mass atrocity by its government" : "a mass atrocity by rebels"));
                    break;
                case CivilWarStarted started when states.Alive[started.State]:
                    _agenda.Add((UnMeasure.Condemnation, started.State, "a civil war"));
                    break;
                case CivilWarEnded ended when ended.State >= 0 && states.Alive[ended.State]:
                    _agenda.Add((UnMeasure.Peacekeeping, ended.State, "the end of a civil war"));
                    break;
                default:
                    break;
            }
        }
    }

    private void Vote(UnMeasure measure, int target, string reason, in TickContext context, CounterRng rng)
    {
        var tick = context.Tick;
        var states = _world.States;
        var number = ++_state.Drafts;
        var inv = CultureInfo.InvariantCulture;
        var what = MeasureName(measure);
        _events.Publish(new DraftTabled(tick, target, -1, (int)measure, $"draft {number}: {what} on {states.Name[target]}, for {reason}"));
        var votes = new List<(UnVote Vote, bool Permanent)>();
        var vetoes = new List<int>();
        foreach (var m in Council)
        {
            var rival = states.Alliance[m] >= 0 && states.Alliance[target] >= 0 && states.Alliance[m] != states.Alliance[target];
            var signal = _p.VoteNoise * rng.Normal(tick, RngStream.UnitedNations, m, DrawVote + (4u * (uint)number));
            var vote = _governments[m].Vote(_governments.View(m, context), new CouncilDraft(measure, target, m == target, states.Allied(m, target), rival, signal));
            votes.Add((vote, Permanent[m]));
            if (vote == UnVote.No && Permanent[m])
            {
                vetoes.Add(m);
            }

            _events.Publish(new CouncilVote(tick, m, -1, (int)vote, $"draft {number}: {states.Name[m]} votes {vote.ToString().ToLowerInvariant()}"));
        }

        var yes = votes.Count(v => v.Vote == UnVote.Yes);
        var no = votes.Count(v => v.Vote == UnVote.No);
        var abstain = votes.Count - yes - no;
        var tally = string.Create(inv, $"{yes} for, {no} against, {abstain} abstaining");
        if (yes >= _p.VotesToPass)
        {
            foreach (var m in vetoes)
            {
                _events.Publish(new Veto(tick, m, -1, number, $"draft {number}: vetoed by {states.Name[m]}"));
            }
        }

        if (!Passes(votes, _p.VotesToPass))
        {
            _events.Publish(new DraftFailed(tick, target, -1, yes, $"draft {number} fails: {tally}{(vetoes.Count > 0 && yes >= _p.VotesToPass ? ", vetoed" : "")}"));
            return;
        }

        var resolution = ++_state.Resolutions;
        _events.Publish(new ResolutionAdopted(tick, target, -1, (int)measure, $"resolution {resolution} (draft {number}): {what} on {states.Name[target]}, {tally}"));
        Adopt(resolution, measure, target, tick);
    }

    private void Adopt(int number, UnMeasure measure, int target, int tick)
    {
        var states = _world.States;
        var years = measure switch
        {
            UnMeasure.Sanctions => _p.SanctionsYears,
            UnMeasure.Peacekeeping => _p.PeacekeepingYears,
            UnMeasure.Protection => _p.ProtectionYears,
            UnMeasure.Enforcement => _p.EnforcementYears,
            UnMeasure.CounterTerrorism => _p.CounterTerrorismYears,
            _ => 0,
        };
        if (years <= 0)
        {
            return;
        }

        if (measure is UnMeasure.Peacekeeping or UnMeasure.Protection && !Funded(target, extra: true))
        {
            _events.Publish(new MissionUnfunded(tick, target, -1, number, $"resolution {number}: no member pledges enough to send the force to {states.Name[target]}"));
            return;
        }

        _state.InForce.Add(new UnResolution(number, measure, target, tick, tick + (int)Math.Round(12 * years)));
        if (measure is UnMeasure.Protection or UnMeasure.Enforcement)
        {
            _state.SovereigntyOverrides++;
            var what = measure == UnMeasure.Protection
                ? $"a protection force enters {states.Name[target]} without its consent (Responsibility to Protect)"
                : $"the members' forces are authorised to act against {states.Name[target]} (collective enforcement)";
            _events.Publish(new SovereigntyOverride(tick, target, -1, SovereigntyOverrides, $"resolution {number}: {what}"));
        }
        else if (measure == UnMeasure.Peacekeeping)
        {
            _events.Publish(new MissionStarted(tick, target, -1, number, $"resolution {number}: a peacekeeping mission deploys in {states.Name[target]}"));
        }
    }

    /// <summary>Whether the members' pledges cover the missions in force (and one more in <paramref name="target"/>).</summary>
    private bool Funded(int target, bool extra)
    {
        var (pledged, cost) = MissionBudget();
        if (extra)
        {
            cost += _p.PeacekeepingCost / 12 * _world.States.Output[target];
        }

        return cost <= pledged;
    }

    /// <summary>Monthly dollars pledged by all members, and the monthly cost of the missions in force.</summary>
    private (double Pledged, double Cost) MissionBudget()
    {
        var states = _world.States;
        var pledged = 0.0;
        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s])
            {
                pledged += states.PeacekeepingShare[s] * states.MilitarySpending[s];
            }
        }

        var cost = 0.0;
        foreach (var r in _state.InForce)
        {
            if (r.Measure is UnMeasure.Peacekeeping or UnMeasure.Protection && states.Alive[r.Target])
            {
                cost += _p.PeacekeepingCost / 12 * states.Output[r.Target];
            }
        }

        return (pledged, cost);
    }

    private void Expire(int tick)
    {
        var states = _world.States;
        for (var i = _state.InForce.Count - 1; i >= 0; i--)
        {
            var r = _state.InForce[i];
            if (r.EndTick <= tick || !states.Alive[r.Target])
            {
                _state.InForce.RemoveAt(i);
                _events.Publish(new MeasureEnded(tick, r.Target, -1, r.Number, $"resolution {r.Number}: {MeasureName(r.Measure)} on {states.Name[r.Target]} ends"));
            }
        }
    }

    /// <summary>
    /// Puts the measures in force to work this month, in the world's <see cref="MeasuresInForce"/>: missions and
    /// protection forces set the monitoring of the settlement and outside protection and are paid by the pledging members pro
    /// rata; enforcement stands the coalition's forces by the aggressor's victims; a call against terrorism sets the
    /// floor of every state's Interpol sharing; sanctions cut the target's
    /// income per capita by a twelfth of their yearly cost, less what leaks through its allies.
    /// </summary>
    private void Apply()
    {
        var states = _world.States;
        var regions = _world.Regions;
        var measures = _world.Measures;
        measures.Clear();
        var (pledged, cost) = MissionBudget();
        foreach (var r in _state.InForce)
        {
            var s = r.Target;
            switch (r.Measure)
            {
                case UnMeasure.Peacekeeping:
                    measures.Mission[s] = true;
                    measures.Monitoring[s] = _p.PeacekeepingMonitoring;
                    measures.ExternalProtection[s] = Math.Max(measures.ExternalProtection[s], _p.PeacekeepingProtection);
                    break;
                case UnMeasure.Protection:
                    measures.ExternalProtection[s] = Math.Max(measures.ExternalProtection[s], _p.ProtectionForceEffect);
                    break;
                case UnMeasure.Enforcement:
                    // The pledging members' forces in being, times their pledge, stand by the aggressor's victims.
                    var coalition = 0.0;
                    for (var j = 0; j < states.Count; j++)
                    {
                        if (states.Alive[j] && j != s && !states.Allied(j, s))
                        {
                            coalition += states.PeacekeepingShare[j] * states.MilitaryCapability[j];
                        }
                    }

                    measures.Enforcement[s] = _p.EnforcementStrength * coalition;
                    break;
                case UnMeasure.CounterTerrorism:
                    measures.SharingFloor = Math.Max(measures.SharingFloor, _p.CounterTerrorismSharing);

                    break;
                case UnMeasure.Sanctions:
                    var allies = 0;
                    for (var j = 0; j < states.Count; j++)
                    {
                        allies += states.Alive[j] && states.Allied(j, s) ? 1 : 0;
                    }

                    var bite = _p.SanctionsCost / 12 * Math.Pow(1 - _p.SanctionsLeak, allies);
                    foreach (var region in states.RegionsOf(s))
                    {
                        regions.IncomePerCapita[region] *= 1 - bite;
                    }

                    break;
                default:
                    break;
            }
        }

        // The pledging members pay for the forces abroad out of their forces in being, in proportion to their pledges.
        if (cost > 0 && pledged > 0)
        {
            var share = Math.Min(1, cost / pledged);
            for (var s = 0; s < states.Count; s++)
            {
                if (states.Alive[s])
                {
                    states.MilitaryCapability[s] = Math.Max(0, states.MilitaryCapability[s] - (share * states.PeacekeepingShare[s] * states.MilitarySpending[s]));
                }
            }
        }
    }

    public static string MeasureName(UnMeasure measure) => measure switch
    {
        UnMeasure.Condemnation => "condemnation",
        UnMeasure.Sanctions => "sanctions",
        UnMeasure.Peacekeeping => "a peacekeeping mission",
        UnMeasure.Protection => "a protection force (Responsibility to Protect)",
        UnMeasure.Enforcement => "collective enforcement against an aggressor",
        UnMeasure.CounterTerrorism => "a call to share information against terrorism",
        _ => "a measure",
    };

    UnitedNationsState ICheckpointed<UnitedNationsState>.State => _state;

    void ICheckpointed<UnitedNationsState>.Restore(UnitedNationsState state) => _state = state;
}
