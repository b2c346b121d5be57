using Westphalia.Events;

namespace Westphalia.Mechanisms;

/// <summary>
/// December: a state whose income per capita fell by <see cref="Threshold"/> or more over the calendar year is in
/// recession (an event in the log). Runs last in the tick, after the states' aggregates are refreshed.
/// </summary>
public sealed class Recessions(World world, EventBus events) : IMechanism, ICheckpointed<RecessionsState>
{
    private RecessionsState _state = new() { LastYearIncome = new double[world.States.Count] };

    /// <summary>A fall in income per capita over a calendar year at or beyond which a recession is logged.</summary>
    public const double Threshold = 0.02;

    public string Name => "Recessions";

    /// <summary>Remembers each state's income at the start of the run, the base of the first year's comparison.</summary>
    public void Initialise(in TickContext context)
    {
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            _state.LastYearIncome[s] = states.IncomePerCapita(s);
        }
    }

    public void December(in TickContext context)
    {
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            var income = states.IncomePerCapita(s);
            if (states.Alive[s] && _state.LastYearIncome[s] > 0)
            {
                var growth = income / _state.LastYearIncome[s] - 1;
                if (growth <= -Threshold)
                {
                    events.Publish(new Recession(context.Tick, s, -1, growth, states.Name[s]));
                }
            }

            _state.LastYearIncome[s] = income;
        }
    }

    RecessionsState ICheckpointed<RecessionsState>.State => _state;

    void ICheckpointed<RecessionsState>.Restore(RecessionsState state) => _state = state;
}
