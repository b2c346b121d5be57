using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>disputes.csv and disputes.parquet: the run's interstate wars below 1,000 battle deaths, one row per dispute and participant (COW MID layout).</summary>
[Output(45, "disputes.csv", "disputes.parquet")]
public sealed class DisputesObserver(ObserverContext context) : TableObserver
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));

    protected override Table Build() => DisputeListWriter.Build(_simulation.War.Wars, _simulation.World, _simulation.Scenario.StartYear);
}
