using Westphalia.Doctrines;
using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Classroom;

/// <summary>
/// The government of a state governed by a student team: a government whose decisions come from its orders. At the
/// start of each turn the game gives it the orders the team submitted for the turn (<see cref="BeginTurn"/>); every
/// decision they take is theirs (the same <see cref="Orders"/> a scripted government replays, resolved the same way by
/// <see cref="ScriptedGovernment"/>), and every one they leave out, or a turn without orders, follows the game's
/// <see cref="MissingOrdersPolicy"/>: the state's doctrine, or the team's last orders and then the doctrine. Mechanisms
/// ask it as they ask any government and never know it is a team.
/// </summary>
public sealed class TeamGovernment : IGovernment
{
    /// <summary>The name recorded for a team's state in the outputs' doctrine column.</summary>
    public const string GovernmentName = "team";

    private readonly IGovernment _doctrine;
    private readonly int _startYear;
    private readonly Func<string, int> _stateOf;
    private IGovernment _current;
    private IReadOnlyDictionary<(UnMeasure Measure, int Target), UnVote> _draftVotes = new Dictionary<(UnMeasure, int), UnVote>();

    /// <param name="team">The team's name (the name of the state it governs).</param>
    /// <param name="doctrine">The state's doctrine, which decides what no order in force decides.</param>
    /// <param name="startYear">The run's first year, to date the orders.</param>
    /// <param name="stateOf">The slot of a state of the initial map by its name (−1 for none), for the states orders name.</param>
    public TeamGovernment(string team, IGovernment doctrine, int startYear, Func<string, int> stateOf)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(doctrine);
        ArgumentNullException.ThrowIfNull(stateOf);
        Team = team;
        _doctrine = doctrine;
        _startYear = startYear;
        _stateOf = stateOf;
        _current = doctrine;
    }

    public string Team { get; }

    public string Name => GovernmentName;

    /// <summary>The orders in force this turn (null: the doctrine decides everything).</summary>
    public Orders? Orders { get; private set; }

    /// <summary>The last orders the team submitted, which stand for a turn without orders under <see cref="MissingOrdersPolicy.RepeatLast"/>.</summary>
    public Orders? LastSubmitted { get; private set; }

    /// <summary>
    /// Puts the team's orders for a turn starting at <paramref name="firstTick"/> in force; <paramref name="submitted"/>
    /// null means the team sent none, and <paramref name="policy"/> says what stands instead. <paramref name="draftVotes"/>
    /// are the votes the team cast this turn on drafts tabled by teams, by measure and target state: on a draft of that
    /// measure on that target the team votes so, over its orders (<see cref="Scenarios.Orders.Council"/>) and its doctrine; on any
    /// other draft its orders and then its doctrine decide.
    /// </summary>
    /// <exception cref="InvalidOperationException">The team sent no orders and the policy is <see cref="MissingOrdersPolicy.Instructor"/>.</exception>
    public void BeginTurn(
        int firstTick, Orders? submitted, MissingOrdersPolicy policy, IReadOnlyDictionary<(UnMeasure Measure, int Target), UnVote>? draftVotes = null)
    {
        _draftVotes = draftVotes ?? new Dictionary<(UnMeasure, int), UnVote>();
        if (submitted is null && policy == MissingOrdersPolicy.Instructor)
        {
            throw new InvalidOperationException($"team {Team} has no orders for the turn and the missing-orders policy is Instructor");
        }

        if (submitted is not null)
        {
            LastSubmitted = submitted;
        }

        Orders = submitted ?? (policy == MissingOrdersPolicy.RepeatLast ? LastSubmitted : null);
        _current = Orders is null
            ? _doctrine
            : new ScriptedGovernment(new GovernmentSpec { State = Team, Name = Name, Orders = [Dated(Orders, firstTick)] }, _doctrine, _startYear, _stateOf);
    }

    /// <summary>A copy of orders in force from the month of a tick (the team's own object is left as submitted).</summary>
    private Orders Dated(Orders orders, int tick) => new()
    {
        Year = _startYear + (tick / 12),
        Month = (tick % 12) + 1,
        Budget = orders.Budget,
        Council = orders.Council,
        Treaties = orders.Treaties,
        War = orders.War,
        Alliances = orders.Alliances,
        Arm = orders.Arm,
    };

    public Policy Decide(in StateView view) => _current.Decide(view);

    public UnVote Vote(in StateView view, in CouncilDraft draft) =>
        _draftVotes.TryGetValue((draft.Measure, draft.Target), out var vote) ? vote : _current.Vote(view, draft);

    public bool SignsTreaty(in StateView view, int partner, double draw) => _current.SignsTreaty(view, partner, draw);

    public bool CheatsOnTreaty(in StateView view, int partner, double draw) => _current.CheatsOnTreaty(view, partner, draw);

    public bool Attacks(in StateView view, int target, Odds odds) => _current.Attacks(view, target, odds);

    public bool Concedes(in StateView view, in Demand demand) => _current.Concedes(view, demand);

    public bool Escalates(in StateView view, int target, Odds odds) => _current.Escalates(view, target, odds);

    public bool Settles(in StateView view, int enemy, Odds odds) => _current.Settles(view, enemy, odds);

    public bool Capitulates(in StateView view, int enemy, double resources, double floor) => _current.Capitulates(view, enemy, resources, floor);

    public bool StandsByVictimsOfAggression(in StateView view) => _current.StandsByVictimsOfAggression(view);

    public ProxySide ArmsSide(in StateView view, in ProxyChoice choice) => _current.ArmsSide(view, choice);

    public int ChoosesAlly(in StateView view, in AllianceChoice choice) => _current.ChoosesAlly(view, choice);

    public bool LeavesAlliance(in StateView view, int quietYears, int threshold) => _current.LeavesAlliance(view, quietYears, threshold);
}
