namespace Westphalia.Mechanisms;

/// <summary>
/// One submodel of docs/ODD.md. The <see cref="Schedule"/> calls its steps: <see cref="Initialise"/> once before the
/// first tick; then every tick <see cref="Begin"/>, in January <see cref="January"/>, <see cref="Step"/>, and in
/// December <see cref="December"/>, all before the next mechanism's. A mechanism implements the steps it has; the
/// others do nothing. It never checks the month or its own on/off switch: the schedule does both.
/// </summary>
public interface IMechanism
{
    /// <summary>The submodel's name as in docs/ODD.md.</summary>
    string Name { get; }

    /// <summary>Before the first tick, in the schedule's order of initialisation: puts the mechanism's part of the world in balance.</summary>
    void Initialise(in TickContext context)
    {
    }

    /// <summary>Every month, first: what the month's other steps need (state brought up to date with the world).</summary>
    void Begin(in TickContext context)
    {
    }

    /// <summary>In January, after <see cref="Begin"/>: the annual rates and decisions.</summary>
    void January(in TickContext context)
    {
    }

    /// <summary>Every month.</summary>
    void Step(in TickContext context)
    {
    }

    /// <summary>In December, after the month's step.</summary>
    void December(in TickContext context)
    {
    }
}
