using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// wars.csv and wars.parquet: the run's interstate wars of 1,000 battle deaths or more, one row per war and participant
/// (Correlates of War layout), with where they were fought from the battles <see cref="GedObserver"/> collects.
/// </summary>
[Output(40, "wars.csv", "wars.parquet")]
public sealed class WarsObserver(ObserverContext context) : TableObserver
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));

    protected override Table Build() =>
        WarListWriter.Build(_simulation.War.Wars, _simulation.World, _simulation.Scenario.StartYear, _simulation.Observer<GedObserver>().Events);
}
