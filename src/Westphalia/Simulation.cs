using Westphalia.Doctrines;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Randomness;
using Westphalia.Scenarios;

namespace Westphalia;

/// <summary>
/// The tick loop. A tick is one month. The mechanisms run in the fixed order of <see cref="Mechanisms"/>, the same
/// order as the schedule in docs/ODD.md; after them the world's aggregates are refreshed and the recorder observes.
/// </summary>
public sealed class Simulation
{

    private readonly CounterRng _rng;

    public Simulation(Scenario scenario, int threads = 1)
        : this(scenario, WorldFactory.Create(scenario), threads)
    {
    }

    public Simulation(Scenario scenario, World world, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        Scenario = scenario;
        World = world;
        Threads = threads;
        _rng = new CounterRng(scenario.Seed);
        Governments = new GovernmentTable(world, scenario.Doctrines, [.. Enumerable.Range(0, world.States.Count).Select(s => DoctrineCatalog.Create(world.States.Doctrine[s], scenario.Doctrines))]);
        var p = scenario.Parameters;
        Events = new EventBus();
        Recorder = new Recorder(world, scenario, Events);
        var health = new HealthAndFood(world, p.HealthAndFood, p.Economy, p.WarEffects);
        var safety = new PublicSafety(world, p.PublicSafety);
        var demography = new Demography(world, p.Demography, Events);
        var military = new MilitaryCapability(world, p.Military);
        GovernByOrders(scenario, world);
        var policy = new PolicyPhase(world, Governments);
        var budget = new Budget(world, p.Aid, Events);
        War = new InterstateWar(world, p.InterstateWar, Events, Governments, p.Alliances.DefenceSupport, Recorder.Violence);
        CivilWar = new CivilWar(world, p.CivilWar, p.Economy, Events, Recorder.Violence, Governments);
        WarEffects = new WarEffects(world, p.WarEffects);
        UnitedNations = new UnitedNations(world, p.UnitedNations, Events, Governments);
        Treaties = new Treaties(world, p.Treaties, Events, Governments);
        Threats = new TransnationalThreats(world, p.TransnationalThreats, p.Interpol, Events, Recorder.Violence);
        IMechanism[] domestic = scenario.Mechanisms.Domestic
            ? [budget, CivilWar, WarEffects, Threats, new Economy(world, p.Economy, Events), health, safety, demography, military]
            : [];
        Mechanisms =
        [
            policy,
            .. domestic.Take(1),
            UnitedNations,
            Treaties,
            new Alliances(world, p.Alliances, Events, Governments),
            War,
            .. domestic.Skip(1),
            new Aggregation(world),
            new CapabilityIndex(world),
        ];
        Initialise(policy, budget, health, safety, demography, military);
    }

    public Scenario Scenario { get; }

    /// <summary>Puts the states the scenario governs by orders under their scripted governments.</summary>
    private void GovernByOrders(Scenario scenario, World world)
    {
        int StateOf(string name) => Array.FindIndex(world.States.Name, n => n == name) is var s && s >= 0 && world.States.FoundedTick[s] == 0 ? s : -1;
        foreach (var spec in scenario.Governments)
        {
            var state = StateOf(spec.State);
            var fallback = spec.Fallback.Length > 0 ? DoctrineCatalog.Create(spec.Fallback, scenario.Doctrines) : Governments[state];
            Governments.Replace(state, new ScriptedGovernment(spec, fallback, scenario.StartYear, StateOf));
        }
    }

    /// <summary>Where every event of the run is published; the recorder's event log is one subscriber.</summary>
    public EventBus Events { get; }

    /// <summary>The government of every state: every decision a state takes goes through it.</summary>
    public GovernmentTable Governments { get; }

    public World World { get; }

    public int Threads { get; }

    /// <summary>The mechanisms in the order they run each tick.</summary>
    public IReadOnlyList<IMechanism> Mechanisms { get; }

    public Recorder Recorder { get; }

    /// <summary>Interstate war, with the registry of the run's wars.</summary>
    public InterstateWar War { get; }

    /// <summary>Civil war, with the run's civil wars and its country-year panel.</summary>
    public CivilWar CivilWar { get; }

    /// <summary>The United Nations: the Security Council, its resolutions and the measures in force.</summary>
    public UnitedNations UnitedNations { get; }

    /// <summary>Cooperative security: arms-control treaties between rivals.</summary>
    public Treaties Treaties { get; }

    /// <summary>Terror and organised-crime networks, and Interpol against them.</summary>
    public TransnationalThreats Threats { get; }

    /// <summary>War damage and displacement, with the displaced.</summary>
    public WarEffects WarEffects { get; }

    /// <summary>The next tick to run; the run is finished when it equals <see cref="Scenario.Ticks"/>.</summary>
    public int Tick { get; private set; }

    public bool IsFinished => Tick >= Scenario.Ticks;

    public TickContext ContextFor(int tick) =>
        new(tick, Scenario.StartYear + (tick / 12), (tick % 12) + 1, _rng, Threads);

    /// <summary>Runs one tick: every mechanism in order, then aggregation and observation.</summary>
    public void Step()
    {
        var context = ContextFor(Tick);
        Array.Clear(World.Regions.ConflictDeaths);
        RunScript(context);
        foreach (var mechanism in Mechanisms)
        {
            mechanism.Step(context);
        }

        Governments.Refresh();
        Recorder.Observe(context);
        Tick++;
    }

    /// <summary>Starts the civil wars the scenario's script sets for this month, in the order they are listed.</summary>
    private void RunScript(in TickContext context)
    {
        foreach (var e in Scenario.Script)
        {
            if (e.Year != context.Year || e.Month != context.Month)
            {
                continue;
            }

            var states = World.States;
            var state = Array.FindIndex(states.Name, n => n == e.CivilWar);
            var enabled = Scenario.Mechanisms.Domestic && Scenario.Parameters.CivilWar.Enabled;
            if (enabled && state >= 0 && states.Alive[state] && states.CivilWar[state] < 0)
            {
                CivilWar.Begin(state, context);
            }
            else
            {
                var why = !enabled ? "civil wars are off" : state < 0 || !states.Alive[state] ? "the state is gone" : "it is already at civil war";
                Events.Publish(new ScriptSkipped(context.Tick, state, -1, 0, $"scripted civil war in {e.CivilWar} skipped: {why}"));
            }
        }
    }

    /// <summary>Runs until the end or until cancelled, reporting after each tick.</summary>
    public void Run(CancellationToken cancellation = default, Action<Simulation>? afterTick = null)
    {
        while (!IsFinished)
        {
            cancellation.ThrowIfCancellationRequested();
            Step();
            afterTick?.Invoke(this);
        }
    }

    /// <summary>
    /// Puts the world in balance before the first tick: aggregates; the first policies and the budget of the month
    /// before the run (so aid is already in transit and spending efforts are known); life expectancy, food security
    /// and violence at their targets for that budget; forces in being at the stock the budget sustains.
    /// </summary>
    private void Initialise(PolicyPhase policy, Budget budget, HealthAndFood health, PublicSafety safety, Demography demography, MilitaryCapability military)
    {
        var states = World.States;
        var regions = World.Regions;
        World.AggregateStates();
        var context = ContextFor(0);
        policy.Step(context);
        budget.Step(context);
        for (var s = 0; s < states.Count; s++)
        {
            states.MilitaryCapability[s] = military.SteadyState(12.0 * states.MilitarySpending[s]);
        }

        War.Initialise();
        CivilWar.Initialise();
        health.SetTargets(Threads);
        Array.Copy(regions.LifeExpectancyTarget, regions.LifeExpectancy, regions.Count);
        Array.Copy(regions.FoodSecurityTarget, regions.FoodSecurity, regions.Count);
        safety.SetRates(Threads);
        demography.SetRates(Threads);
        new CapabilityIndex(World).Step(context);
        Recorder.Start();
    }

    /// <summary>Writes the complete simulation state, ending with a checksum; <see cref="Restore"/> continues from it.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var checksummed = new CheckpointChecksum.Writer(stream);
        using (var writer = new BinaryWriter(checksummed, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CheckpointMagic);
            writer.Write(CheckpointVersion);
            writer.Write(ScenarioWriter.Hash(Scenario));
            writer.Write(Tick);
            CheckpointIo.WriteArrays(writer, World.Regions);
            CheckpointIo.WriteArrays(writer, World.States);
            Recorder.Save(writer);
            foreach (var mechanism in Mechanisms.OfType<ICheckpointed>())
            {
                mechanism.Save(writer);
            }

            writer.Write(CheckpointMagic);
        }

        checksummed.Finish();
    }

    /// <summary>
    /// Replaces this simulation's state with a checkpoint's, after checking its checksum (the stream must be seekable).
    /// The scenario must be the one it was made with. A damaged or foreign checkpoint throws <see cref="InvalidDataException"/>.
    /// </summary>
    public void Restore(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (ReadMagic(reader) != CheckpointMagic)
            {
                throw new InvalidDataException("not a Westphalia checkpoint");
            }

            var version = reader.ReadInt32();
            if (version != CheckpointVersion)
            {
                throw new InvalidDataException($"checkpoint format {version}; this program reads format {CheckpointVersion}");
            }

            stream.Position = start;
            CheckpointChecksum.Verify(stream);
            _ = reader.ReadString();
            _ = reader.ReadInt32();
            if (reader.ReadString() != ScenarioWriter.Hash(Scenario))
            {
                throw new InvalidDataException("the checkpoint was made from a different scenario");
            }

            Tick = reader.ReadInt32();
            if (Tick < 0 || Tick > Scenario.Ticks)
            {
                throw new InvalidDataException($"the checkpoint is at tick {Tick}, outside the run's 0 to {Scenario.Ticks}");
            }

            CheckpointIo.ReadArrays(reader, World.Regions);
            CheckpointIo.ReadArrays(reader, World.States);
            World.RebuildMembership();
            Recorder.Load(reader);
            Events.Remember(Recorder.Events);
            foreach (var mechanism in Mechanisms.OfType<ICheckpointed>())
            {
                mechanism.Load(reader);
            }

            if (reader.ReadString() != CheckpointMagic)
            {
                throw new InvalidDataException("the checkpoint is truncated");
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the checkpoint is truncated", e);
        }
    }

    /// <summary>Reads the leading magic string without trusting its length prefix beyond the magic's own length.</summary>
    private static string ReadMagic(BinaryReader reader)
    {
        var length = reader.ReadByte();
        return length == CheckpointMagic.Length ? System.Text.Encoding.UTF8.GetString(reader.ReadBytes(length)) : "";
    }

    private const string CheckpointMagic = "WESTPHALIA-CHECKPOINT";
    private const int CheckpointVersion = 9;
}
