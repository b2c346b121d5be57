namespace Westphalia.Mechanisms;

/// <summary>One submodel of docs/ODD.md: reads and writes the world in its phase of the tick.</summary>
public interface IMechanism
{
    /// <summary>The submodel's name as in docs/ODD.md.</summary>
    string Name { get; }

    void Step(in TickContext context);
}
