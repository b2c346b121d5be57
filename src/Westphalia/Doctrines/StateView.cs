namespace Westphalia.Doctrines;

/// <summary>What a government can see of its own state when it decides. Read-only.</summary>
public readonly struct StateView
{
    private readonly World _world;

    internal StateView(World world, int state, int tick, int year)
    {
        _world = world;
        State = state;
        Tick = tick;
        Year = year;
    }

    public int State { get; }

    public int Tick { get; }

    public int Year { get; }

    public string Name => _world.States.Name[State];

    public long Population => _world.States.Population[State];

    /// <summary>Output, US dollars per year.</summary>
    public double Output => _world.States.Output[State];

    public double IncomePerCapita => _world.States.IncomePerCapita(State);

    public double MilitaryCapability => _world.States.MilitaryCapability[State];

    public double Cinc => _world.States.Cinc[State];

    public int RegionCount => _world.States.RegionCount[State];
}
