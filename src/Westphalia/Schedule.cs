using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia;

/// <summary>
/// The one declaration of what runs when: the mechanisms of a run, the order in which they are initialised, and the
/// phases of a tick with the switches that turn each on. docs/ODD.md §3.1 is checked against it by a test. Every
/// tick, each phase that is on runs its steps (begin; January in January; monthly; December in December) before the
/// next phase starts; a phase that is off does not run at all. Initialisation runs whatever the switches: what an
/// inactive phase would update keeps the value initialisation gave it.
/// </summary>
public sealed class Schedule
{
    private readonly IMechanism[] _active;

    public Schedule(Scenario scenario, World world, EventBus events, GovernmentTable governments)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var p = scenario.Parameters;
        var policy = new PolicyPhase(world, governments);
        var budget = new Budget(world, p.Aid, events);
        var united = new UnitedNations(world, p.UnitedNations, events, governments);
        var treaties = new Treaties(world, p.Treaties, events, governments);
        var alliances = new Alliances(world, p.Alliances, events, governments);
        var war = new InterstateWar(world, p.InterstateWar, events, governments, p.Alliances.DefenceSupport);
        var civilWar = new CivilWar(world, p.CivilWar, p.Economy, events, governments);
        var warEffects = new WarEffects(world, p.WarEffects);
        var threats = new TransnationalThreats(world, p.TransnationalThreats, p.Interpol, events);
        var economy = new Economy(world, p.Economy, events);
        var health = new HealthAndFood(world, p.HealthAndFood, p.Economy, p.WarEffects);
        var safety = new PublicSafety(world, p.PublicSafety);
        var demography = new Demography(world, p.Demography, events);
        var military = new MilitaryCapability(world, p.Military);
        var aggregation = new Aggregation(world);
        var capability = new CapabilityIndex(world);
        var recessions = new Recessions(world, events);

        var domestic = scenario.Mechanisms.Domestic;
        Phase Always(IMechanism m) => new(m, "–", [], true);
        Phase Switched(IMechanism m, string path, bool on) => new(m, "–", [path], on);
        Phase Domestic(IMechanism m) => new(m, "domestic", ["mechanisms.domestic"], domestic);
        Phase DomesticSwitched(IMechanism m, string path, bool on) => new(m, "domestic", ["mechanisms.domestic", path], domestic && on);

        Phases =
        [
            Always(policy),
            Domestic(budget),
            Switched(united, "parameters.united_nations.enabled", p.UnitedNations.Enabled),
            Switched(treaties, "parameters.treaties.enabled", p.Treaties.Enabled),
            Always(alliances),
            Switched(war, "parameters.interstate_war.enabled", p.InterstateWar.Enabled),
            DomesticSwitched(civilWar, "parameters.civil_war.enabled", p.CivilWar.Enabled),
            Domestic(warEffects),
            DomesticSwitched(threats, "parameters.transnational_threats.enabled", p.TransnationalThreats.Enabled),
            Domestic(economy),
            Domestic(health),
            Domestic(safety),
            Domestic(demography),
            Domestic(military),
            Always(aggregation),
            Always(capability),
            Always(recessions),
        ];
        Initialisation = [aggregation, policy, budget, military, war, civilWar, health, safety, demography, capability, recessions];
        _active = [.. Phases.Where(phase => phase.On).Select(phase => phase.Mechanism)];
    }

    /// <summary>Every phase of a tick, in order, on or off.</summary>
    public IReadOnlyList<Phase> Phases { get; }

    /// <summary>The mechanisms of the phases that are on, in the order they run each tick.</summary>
    public IReadOnlyList<IMechanism> Active => _active;

    /// <summary>The mechanisms that put the world in balance before the first tick, in the order they do it.</summary>
    public IReadOnlyList<IMechanism> Initialisation { get; }

    /// <summary>The run's mechanism of type <typeparamref name="T"/>.</summary>
    public T Get<T>()
        where T : IMechanism => Phases.Select(phase => phase.Mechanism).OfType<T>().Single();

    public void Initialise(in TickContext context)
    {
        foreach (var mechanism in Initialisation)
        {
            mechanism.Initialise(context);
        }
    }

    /// <summary>One tick: every phase that is on, its steps in order.</summary>
    public void Tick(in TickContext context)
    {
        foreach (var mechanism in _active)
        {
            Run(mechanism, context);
        }
    }

    /// <summary>One mechanism's steps for a tick: begin; January in January; monthly; December in December.</summary>
    public static void Run(IMechanism mechanism, in TickContext context)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        mechanism.Begin(context);
        if (context.IsNewYear)
        {
            mechanism.January(context);
        }

        mechanism.Step(context);
        if (context.IsYearEnd)
        {
            mechanism.December(context);
        }
    }
}
