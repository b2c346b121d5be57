using Westphalia.Events;
using Westphalia.Scenarios;

namespace Westphalia.Observers;

/// <summary>
/// What an observer is given when the simulation creates it: the simulation (its world, scenario and the registries
/// its mechanisms keep, read only), the bus to subscribe to, the observation window shared by the series of states,
/// the world and regions, and the other observers.
/// </summary>
public sealed class ObserverContext(Simulation simulation, ObservationWindow window, Func<Type, Observer> observer)
{
    public Simulation Simulation { get; } = simulation;

    public World World => Simulation.World;

    public Scenario Scenario => Simulation.Scenario;

    public EventBus Events => Simulation.Events;

    /// <summary>Flows and Human Security scores over the current observation window (a month or a year).</summary>
    public ObservationWindow Window { get; } = window;

    /// <summary>Another observer, created before this one (its position is lower).</summary>
    public T Observer<T>()
        where T : Observer => (T)observer(typeof(T));

    /// <summary>Another observer, by its type, created before this one.</summary>
    public Observer Observer(Type type) => observer(type);
}
