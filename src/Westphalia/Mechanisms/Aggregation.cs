namespace Westphalia.Mechanisms;

/// <summary>Recomputes each state's population and output from its regions (ascending region order).</summary>
public sealed class Aggregation(World world) : IMechanism
{
    public string Name => "Aggregation";

    public void Initialise(in TickContext context) => Step(context);

    public void Step(in TickContext context) => world.AggregateStates(context.Threads);
}
