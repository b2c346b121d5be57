using Westphalia.Conflict;
using Westphalia.Events;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>summary.json: the run's <see cref="RunSummary"/>, from the other observers, the event log and the terror attacks reported.</summary>
[Output(110, "summary.json")]
public sealed class SummaryObserver : Observer
{
    private static readonly (string Label, string Column, double Scale)[] Indicators =
    [
        ("states", "states_alive", 1),
        ("population (millions)", "population", 1e-6),
        ("income per capita ($)", "income_per_capita", 1),
        ("life expectancy (years)", "life_expectancy", 1),
        ("food secure (%)", "food_security", 100),
        ("violent deaths per 100k", "violent_death_rate", 1),
        ("freedom from want", "freedom_from_want", 1),
        ("freedom from fear", "freedom_from_fear", 1),
        ("displaced (%)", "displaced_share", 100),
        ("human security index", "hsi", 1),
    ];

    private readonly Simulation _simulation;
    private readonly StatesObserver _states;
    private readonly WorldObserver _world;
    private readonly EventLogObserver _events;
    private SummaryState _state = new();

    public SummaryObserver(ObserverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _simulation = context.Simulation;
        _states = context.Observer<StatesObserver>();
        _world = context.Observer<WorldObserver>();
        _events = context.Observer<EventLogObserver>();
        context.Events.Subscribe<TerrorAttack>(a =>
        {
            if (a.Interdicted)
            {
                _state.Foiled++;
            }
            else
            {
                _state.Attacks++;
                _state.TerrorDeaths += a.Deaths;
            }
        });
    }

    /// <summary>The summary of the run so far.</summary>
    public RunSummary Summary()
    {
        var scenario = _simulation.Scenario;
        var world = _world.Table;
        var last = world.RowCount - 1;
        double At(Column c, int i) => c.Kind switch
        {
            ColumnKind.Long => c.Longs[i],
            ColumnKind.Int => c.Ints[i],
            _ => c.Doubles[i],
        };
        SummaryIndicator[] indicators = last < 0
            ? []
            : [.. Indicators.Select(x => new SummaryIndicator(x.Label, x.Column, At(world[x.Column], 0) * x.Scale, At(world[x.Column], last) * x.Scale))];
        var states = _states.Table;
        var log = _events.Events;
        var (blocs, wars) = BlocReport.Build(states, log, "war_started");
        var (_, crises) = BlocReport.Build(states, log, "crisis");
        var (buffers, buffersDied, others, othersDied) = BlocReport.DeathsByBuffer(states);
        var civil = _simulation.CivilWar.Conflicts;
        var notices = 0L;
        foreach (var n in _simulation.Threats.Interpol.NoticesSent)
        {
            notices += n;
        }

        return new RunSummary(
            scenario.Name,
            scenario.Seed,
            scenario.Years,
            last < 0 ? scenario.StartYear : world["year"].Ints[0],
            last < 0 ? scenario.StartYear : world["year"].Ints[last],
            indicators,
            blocs,
            wars,
            crises,
            buffers,
            buffersDied,
            others,
            othersDied,
            log.Count(e => e is CrisisConceded),
            log.Count(e => e is CrisisBackedDown),
            log.Count(e => e is CrisisEscalated),
            _simulation.War.Wars.Wars.Count(w => w.MergedInto < 0 && w.Participants.Count > 0),
            civil.Count,
            civil.Count(c => c.IsOngoing),
            civil.Count(c => c.Outcome == CivilWarOutcome.Secession),
            civil.Sum(c => c.BattleDeaths),
            civil.Sum(c => c.GovernmentKillings + c.RebelKillings),
            civil.Count(c => c.Arms > 0),
            log.Count(e => e is MassAtrocity),
            log.Count(e => e is DraftTabled),
            log.Count(e => e is ResolutionAdopted),
            log.Count(e => e is Veto),
            _simulation.UnitedNations.SovereigntyOverrides,
            log.Count(e => e is TreatySigned),
            log.Count(e => e is TreatyBroken),
            _state.Attacks,
            _state.TerrorDeaths,
            _state.Foiled,
            notices);
    }

    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        RunSummaryWriter.Write(Summary(), stream);
        return Task.CompletedTask;
    }

    public override void Save(BinaryWriter writer) => CheckpointCodec.Write(writer, _state);

    public override void Load(BinaryReader reader) => _state = CheckpointCodec.Read(reader, _state);
}
