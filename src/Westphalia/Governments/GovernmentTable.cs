using Westphalia.Doctrines;

namespace Westphalia.Governments;

/// <summary>
/// The government of every state slot, and the views they decide from. Mechanisms ask a state's government at each
/// decision point; which government a state has is set here and only here: from the scenario at the start, by
/// <see cref="Replace"/> when a team or a script takes a state over, and for a state born during the run.
/// </summary>
public sealed class GovernmentTable
{
    private readonly World _world;
    private readonly IGovernment[] _governments;

    public GovernmentTable(World world, IReadOnlyList<IGovernment> governments)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(governments);
        ArgumentOutOfRangeException.ThrowIfNotEqual(governments.Count, world.States.Count, nameof(governments));
        _world = world;
        _governments = [.. governments];
        for (var s = 0; s < _governments.Length; s++)
        {
            world.States.Doctrine[s] = _governments[s].Name;
        }
    }

    public int Count => _governments.Length;

    public IGovernment this[int state] => _governments[state];

    /// <summary>What the state's government sees at a tick.</summary>
    public StateView View(int state, in TickContext context) => new(_world, state, context.Tick, context.Year);

    /// <summary>What the state's government sees at a tick given by number.</summary>
    public StateView View(int state, int tick, int year) => new(_world, state, tick, year);

    /// <summary>Puts another government in charge of a state; the outputs record its name from then on.</summary>
    public void Replace(int state, IGovernment government)
    {
        ArgumentNullException.ThrowIfNull(government);
        _governments[state] = government;
        _world.States.Doctrine[state] = government.Name;
    }

    /// <summary>Whether any state's government stands by the victims of aggression (collective security is in play).</summary>
    public bool AnyStandsByVictims(int tick, int year)
    {
        var states = _world.States;
        for (var s = 0; s < _governments.Length; s++)
        {
            if (states.Alive[s] && _governments[s].StandsByVictimsOfAggression(View(s, tick, year)))
            {
                return true;
            }
        }

        return false;
    }
}
