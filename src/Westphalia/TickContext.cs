using Westphalia.Randomness;

namespace Westphalia;

/// <summary>What every mechanism is told about the current tick.</summary>
public readonly record struct TickContext(int Tick, int Year, int Month, CounterRng Rng, int Threads)
{
    /// <summary>Years elapsed since the start of the run.</summary>
    public int YearIndex => Tick / 12;

    /// <summary>January: the mechanisms set their annual rates.</summary>
    public bool IsNewYear => Month == 1;

    /// <summary>December: the last tick of a simulated year.</summary>
    public bool IsYearEnd => Month == 12;
}
