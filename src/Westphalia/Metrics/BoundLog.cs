using Westphalia.Events;

namespace Westphalia.Metrics;

/// <summary>
/// Logs the first time each of the model's bounds binds in a run (docs/ODD.md §2.9), so that a researcher sees where the
/// model left its documented regime. One event per type per run: a run resumed from a checkpoint finds the event among
/// the kinds the bus remembers from the restored log and does not repeat it.
/// </summary>
internal sealed class BoundLog(EventBus? events)
{
    /// <summary>Whether an event of this type has been published in the run (always true without a bus).</summary>
    public bool Logged(string type) => events is null || events.HasPublished(type);

    /// <summary>Logs the event unless one of its type has been logged already.</summary>
    public void Reached(int tick, string type, int state, int region, double value, string detail)
    {
        if (Logged(type))
        {
            return;
        }

        events!.Publish(new BoundReached(tick, type, state, region, value, detail));
    }
}
