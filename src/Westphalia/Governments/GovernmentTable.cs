using Westphalia.Doctrines;
using Westphalia.Scenarios;

namespace Westphalia.Governments;

/// <summary>
/// The government of every state slot, and the views they decide from. Mechanisms ask a state's government at each
/// decision point; which government a state has is set here and only here: from the scenario at the start, by
/// <see cref="Replace"/> when a team or a script takes a state over, and for a state born during the run. A state born
/// during the run (a province of a fallen state, a province cut off from its capital, a rebels' secession) gets a new
/// government of the doctrine of the state it broke away from (the scenario's default doctrine when that state was
/// governed by something other than a doctrine), never the government of the dead state whose slot it takes.
/// </summary>
public sealed class GovernmentTable
{
    private readonly World _world;
    private readonly DoctrineSettings _doctrines;
    private readonly IGovernment[] _governments;

    /// <summary>The identity of the state each slot's government was chosen for: a different one means a state was born there since.</summary>
    private readonly int[] _governs;

    public GovernmentTable(World world, DoctrineSettings doctrines, IReadOnlyList<IGovernment> governments)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(doctrines);
        ArgumentNullException.ThrowIfNull(governments);
        ArgumentOutOfRangeException.ThrowIfNotEqual(governments.Count, world.States.Count, nameof(governments));
        _world = world;
        _doctrines = doctrines;
        _governments = [.. governments];
        _governs = (int[])world.States.Identity.Clone();
        for (var s = 0; s < _governments.Length; s++)
        {
            world.States.Doctrine[s] = _governments[s].Name;
        }
    }

    public int Count => _governments.Length;

    /// <summary>The government of the state in a slot (chosen now if a state was born there since the last call).</summary>
    public IGovernment this[int state]
    {
        get
        {
            if (_governs[state] != _world.States.Identity[state])
            {
                Born(state);
            }

            return _governments[state];
        }
    }

    /// <summary>Gives every state born since the last call its government, so the outputs name it.</summary>
    public void Refresh()
    {
        var identity = _world.States.Identity;
        for (var s = 0; s < _governments.Length; s++)
        {
            if (_governs[s] != identity[s])
            {
                Born(s);
            }
        }
    }

    private void Born(int state)
    {
        var states = _world.States;
        var parent = states.FoundedFrom[state];
        var doctrine = parent >= 0 && DoctrineCatalog.Exists(states.Doctrine[parent]) ? states.Doctrine[parent] : _doctrines.Default;
        _governments[state] = DoctrineCatalog.Create(doctrine, _doctrines);
        _governs[state] = states.Identity[state];
        states.Doctrine[state] = doctrine;
    }

    /// <summary>What the state's government sees at a tick.</summary>
    public StateView View(int state, in TickContext context) => new(_world, state, context.Tick, context.Year);

    /// <summary>What the state's government sees at a tick given by number.</summary>
    public StateView View(int state, int tick, int year) => new(_world, state, tick, year);

    /// <summary>Puts another government in charge of a state; the outputs record its name from then on.</summary>
    public void Replace(int state, IGovernment government)
    {
        ArgumentNullException.ThrowIfNull(government);
        _governments[state] = government;
        _governs[state] = _world.States.Identity[state];
        _world.States.Doctrine[state] = government.Name;
    }

    /// <summary>Whether any state's government stands by the victims of aggression (collective security is in play).</summary>
    public bool AnyStandsByVictims(int tick, int year)
    {
        var states = _world.States;
        for (var s = 0; s < _governments.Length; s++)
        {
            if (states.Alive[s] && this[s].StandsByVictimsOfAggression(View(s, tick, year)))
            {
                return true;
            }
        }

        return false;
    }
}
