using Westphalia.Events;
using Westphalia.Mechanisms;

namespace Westphalia.Tests.Mechanisms;

/// <summary>
/// Recessions (docs/ODD.md §3.1, phase 14, and the event list): in December, each living state whose income per capita
/// fell by 2% or more over the calendar year is logged, stepped alone on a world built by hand.
/// </summary>
public class RecessionsTests
{
    [Fact]
    public void A_fall_of_three_percent_over_a_year_is_a_recession_and_a_fall_of_one_percent_is_not()
    {
        // Five one-region states of a million people at 10,000 a head. Over the first year state 0 loses 3%, state 1
        // 1%, state 2 gains 1%, state 3 loses 2.5%, and state 4 loses 10% but is dead by December.
        var world = SmallWorlds.Grid(5, 1, 5, r => r);
        var states = world.States;
        for (var s = 0; s < 5; s++)
        {
            (states.Population[s], states.Output[s]) = (1_000_000, 1e10);
        }

        var events = new List<SimulationEvent>();
        var bus = new EventBus();
        bus.Subscribe(events.Add);
        var recessions = new Recessions(world, bus);
        recessions.Initialise(SmallWorlds.Tick(0));

        double[] firstYear = [0.97, 0.99, 1.01, 0.975, 0.9];
        for (var t = 0; t < 12; t++)
        {
            if (t == 6)
            {
                // Mid-year, before the fall is complete: only December counts.
                for (var s = 0; s < 5; s++)
                {
                    states.Output[s] = firstYear[s] * 1e10;
                }

                states.Alive[4] = false;
            }

            Schedule.Run(recessions, SmallWorlds.Tick(t));
            Assert.True(t == 11 || events.Count == 0, $"a recession logged in month {t + 1}");
        }

        Assert.Equal([(11, 0), (11, 3)], events.Select(e => (e.Tick, e.State)));
        Assert.All(events, e => Assert.Equal("recession", e.Type));
        Assert.Equal(-0.03, events[0].Value, 12);
        Assert.Equal(-0.025, events[1].Value, 12);

        // The second year is measured from the first December: state 0 holds its lower income and is not in recession
        // again; state 1 falls another 3% and is.
        events.Clear();
        states.Output[1] = 0.99 * 0.97 * 1e10;
        for (var t = 12; t < 24; t++)
        {
            Schedule.Run(recessions, SmallWorlds.Tick(t));
        }

        var second = Assert.Single(events);
        Assert.Equal((23, 1), (second.Tick, second.State));
        Assert.Equal(-0.03, second.Value, 12);
    }
}
