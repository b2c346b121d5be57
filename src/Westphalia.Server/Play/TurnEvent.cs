using System.Globalization;
using Westphalia.Events;
using Westphalia.Observers;

namespace Westphalia.Server.Play;

/// <summary>One event of a game's simulation as the pages list it: when, what kind, and the sentence that says what happened.</summary>
/// <param name="Year">The year it happened.</param>
/// <param name="Month">The month (1 to 12).</param>
/// <param name="Type">Its name in the event log (<c>war_started</c>, <c>un_veto</c>, ...).</param>
/// <param name="Detail">What happened.</param>
public sealed record TurnEvent(int Year, int Month, string Type, string Detail)
{
    /// <summary>The event types an instructor should see at once: wars begun, mass atrocities, vetoes, states that died.</summary>
    public static bool IsAlert(SimulationEvent e) => e is WarStarted or MassAtrocity or Veto or StateDied or CivilWarStarted;

    /// <summary>The Security Council's record: drafts tabled, votes, vetoes, resolutions adopted, drafts failed.</summary>
    public static bool IsCouncil(SimulationEvent e) => e is DraftTabled or CouncilVote or Veto or ResolutionAdopted or DraftFailed;

    /// <summary>The events of a simulation that happened in a turn of <paramref name="turnMonths"/> months (turn 1 first), filtered.</summary>
    public static List<TurnEvent> Of(Simulation simulation, int turn, int turnMonths, Func<SimulationEvent, bool>? where = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var first = (turn - 1) * turnMonths;
        var end = turn * turnMonths;
        var startYear = simulation.Scenario.StartYear;
        return [.. simulation.Observer<EventLogObserver>().Events
            .Where(e => e.Tick >= first && e.Tick < end && (where is null || where(e)))
            .Select(e => new TurnEvent(startYear + (e.Tick / 12), (e.Tick % 12) + 1, e.Type, e.Detail))];
    }

    /// <summary>The date as <c>yyyy-mm</c>.</summary>
    public string When => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
