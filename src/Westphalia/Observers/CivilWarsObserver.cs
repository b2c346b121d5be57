using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>civil_wars.csv and civil_wars.parquet: the run's civil wars, one row each, with their course and outcome.</summary>
[Output(80, "civil_wars.csv", "civil_wars.parquet")]
public sealed class CivilWarsObserver(ObserverContext context) : TableObserver
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));

    protected override Table Build() =>
        CivilWarListWriter.Build(_simulation.CivilWar.Conflicts, _simulation.World, _simulation.Scenario.StartYear, _simulation.Tick - 1);
}
