using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>wars.csv and wars.parquet: the run's interstate wars, one row per war and participant (Correlates of War layout).</summary>
[Output(40, "wars.csv", "wars.parquet")]
public sealed class WarsObserver(ObserverContext context) : TableObserver
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));

    protected override Table Build() => WarListWriter.Build(_simulation.War.Wars, _simulation.World, _simulation.Scenario.StartYear);
}
