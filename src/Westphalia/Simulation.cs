using Westphalia.Doctrines;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Observers;
using Westphalia.Randomness;
using Westphalia.Scenarios;

namespace Westphalia;

/// <summary>
/// The tick loop. A tick is one month: the phases of the <see cref="Schedule"/> (the order of docs/ODD.md §3.1), then
/// the governments of new states, then the observers.
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
        Events = new EventBus();
        Window = new ObservationWindow(world, scenario);
        Observers = ObserverCatalog.Create(this, Window);
        GovernByOrders(scenario, world);
        Schedule = new Schedule(scenario, world, Events, Governments);
        War = Schedule.Get<InterstateWar>();
        CivilWar = Schedule.Get<CivilWar>();
        WarEffects = Schedule.Get<WarEffects>();
        UnitedNations = Schedule.Get<UnitedNations>();
        Treaties = Schedule.Get<Treaties>();
        Threats = Schedule.Get<TransnationalThreats>();
        Initialise();
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

    /// <summary>What runs when: the mechanisms, their order of initialisation and the phases of a tick.</summary>
    public Schedule Schedule { get; }

    /// <summary>The mechanisms of the phases that are on, in the order they run each tick.</summary>
    public IReadOnlyList<IMechanism> Mechanisms => Schedule.Active;

    /// <summary>The observation window the series of states, the world and regions share.</summary>
    public ObservationWindow Window { get; }

    /// <summary>The observers of the run, one per output, in the order they observe and write (<see cref="ObserverCatalog"/>).</summary>
    public IReadOnlyList<Observer> Observers { get; }

    /// <summary>The run's observer of type <typeparamref name="T"/>.</summary>
    public T Observer<T>()
        where T : Observer => Observers.OfType<T>().Single();

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
        Schedule.Tick(context);

        Governments.Refresh();
        Observe(context);

        Tick++;
    }

    /// <summary>The end of a tick for the observers: the observation window, then each observer in order.</summary>
    public void Observe(in TickContext context)
    {
        Window.Observe(context);
        foreach (var observer in Observers)
        {
            observer.Observe(context);
        }
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
    /// Puts the world in balance before the first tick (the schedule's initialisation: aggregates; the first policies
    /// and the budget of the month before the run; forces in being at the stock the budget sustains; life expectancy,
    /// food security and violence at their targets), logs the founding of every state and starts the observers.
    /// </summary>
    private void Initialise()
    {
        Schedule.Initialise(ContextFor(0));
        var states = World.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (states.FoundedTick[s] == 0)
            {
                Events.Publish(new StateCreated(0, s, states.Capital[s], states.Population[s], states.Name[s]));
            }
        }

        foreach (var observer in Observers)
        {
            observer.Start();
        }
    }

    /// <summary>Writes the complete simulation state, ending with a checksum; <see cref="Restore"/> continues from it.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var checksummed = new CheckpointChecksumWriter(stream);
        using (var writer = new BinaryWriter(checksummed, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CheckpointMagic);
            writer.Write(CheckpointVersion);
            writer.Write(ScenarioWriter.Hash(Scenario));
            writer.Write(Tick);
            CheckpointIo.WriteArrays(writer, World.Regions);
            CheckpointIo.WriteArrays(writer, World.States);
            Events.Save(writer);
            foreach (var mechanism in Schedule.Phases.Select(phase => phase.Mechanism).OfType<ICheckpointed>())
            {
                mechanism.Save(writer);
            }

            Window.Save(writer);
            foreach (var observer in Observers)
            {
                observer.Save(writer);
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
            Events.Load(reader);
            foreach (var mechanism in Schedule.Phases.Select(phase => phase.Mechanism).OfType<ICheckpointed>())
            {
                mechanism.Load(reader);
            }

            Window.Load(reader);
            foreach (var observer in Observers)
            {
                observer.Load(reader);
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
    private const int CheckpointVersion = 14;
}
