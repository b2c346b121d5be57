using System.Runtime.CompilerServices;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// Alliance formation, once a year (January). A state's threat is its neighbour with the most war resources when
/// those exceed its own by the threat ratio (Walt 1987: threats are powers close at hand). Balancing: a state without
/// an ally joins the alliance of the strongest other neighbour of its threat that is not allied with the threat, or
/// founds one with it. Bandwagoning: it joins the threat's alliance. A state with no threat for the set number of
/// years leaves; an alliance left with one member dissolves. Alliances given in the scenario form the same way the
/// rules leave them: members stay while threatened.
/// </summary>
public sealed class Alliances(World world, AllianceParameters parameters, EventBus events, GovernmentTable governments) : IMechanism, ICheckpointed<AlliancesState>
{
    // Alliance ids given in the scenario are member state ids, below the number of state slots; new ones count up from it.
    private AlliancesState _state = new() { NextId = world.States.Count };
    private StateGraph? _graph;

    public string Name => "Alliances";

    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void January(in TickContext context)
    {
        _graph = StateGraph.Of(world);
        MarkBufferStates();
        if (!parameters.Formation)
        {
            return;
        }

        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                continue;
            }

            var threat = Threat(s);
            if (threat < 0)
            {
                states.QuietYears[s]++;
                if (states.Alliance[s] >= 0 && governments[s].LeavesAlliance(governments.View(s, context), states.QuietYears[s], parameters.LeaveAfterYears))
                {
                    Leave(s, context.Tick);
                }

                continue;
            }

            states.QuietYears[s] = 0;
            if (states.Alliance[s] >= 0)
            {
                continue;
            }

            var balancer = -1;
            foreach (var n in Neighbours(threat))
            {
                if (n != s && !states.Allied(n, threat) && (balancer < 0 || states.WarResources[n] > states.WarResources[balancer]))
                {
                    balancer = n;
                }
            }

            var ally = governments[s].ChoosesAlly(governments.View(s, context), new AllianceChoice(threat, balancer, parameters.Bandwagon));
            if (ally >= 0 && ally != s && ally < states.Count && states.Alive[ally])
            {
                Join(s, ally, context.Tick);
            }
        }
    }

    /// <summary>Buffer states: in no alliance themselves, with neighbours in two or more different alliances.</summary>
    // Runs once a year, too seldom for tiered compilation to reach optimised code in a run of decades: optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MarkBufferStates()
    {
        var states = world.States;
        if (!states.Alliance.Any(a => a >= 0))
        {
            Array.Clear(states.Buffer);
            return;
        }

        for (var s = 0; s < states.Count; s++)
        {
            states.Buffer[s] = states.Alive[s] && states.Alliance[s] < 0 && BordersTwoAlliances(s);
        }
    }

    private bool BordersTwoAlliances(int state)
    {
        var states = world.States;
        var first = -1;
        foreach (var n in Neighbours(state))
        {
            var a = states.Alliance[n];
            if (a >= 0 && first >= 0 && a != first)
            {
                return true;
            }

            if (a >= 0 && first < 0)
            {
                first = a;
            }
        }

        return false;
    }

    /// <summary>The neighbour with the most war resources, if they exceed the state's own by the threat ratio; −1 otherwise.</summary>
    public int Threat(int state)
    {
        var states = world.States;
        var threat = -1;
        foreach (var n in Neighbours(state))
        {
            if (!states.Allied(n, state) && (threat < 0 || states.WarResources[n] > states.WarResources[threat]))
            {
                threat = n;
            }
        }

        return threat >= 0 && states.WarResources[threat] >= parameters.ThreatRatio * states.WarResources[state] ? threat : -1;
    }

    /// <summary>The living states bordering <paramref name="state"/> (the shared state graph, refreshed once a January).</summary>
    private ReadOnlySpan<int> Neighbours(int state) => (_graph ??= StateGraph.Of(world)).Neighbours(state);

    /// <summary><paramref name="state"/> joins <paramref name="partner"/>'s alliance, founding one if the partner has none.</summary>
    private void Join(int state, int partner, int tick)
    {
        var states = world.States;
        if (states.Alliance[partner] < 0)
        {
            states.Alliance[partner] = _state.NextId++;
            events.Publish(new AllianceFormed(tick, partner, -1, states.Alliance[partner], $"{states.Name[partner]} and {states.Name[state]}"));
        }

        states.Alliance[state] = states.Alliance[partner];
        states.QuietYears[state] = 0;
        events.Publish(new AllianceJoined(tick, state, -1, states.Alliance[state], $"{states.Name[state]} joins the alliance of {states.Name[partner]}"));
    }

    AlliancesState ICheckpointed<AlliancesState>.State => _state;

    void ICheckpointed<AlliancesState>.Restore(AlliancesState state) => _state = state;

    private void Leave(int state, int tick)
    {
        var states = world.States;
        var alliance = states.Alliance[state];
        states.Alliance[state] = -1;
        events.Publish(new AllianceLeft(tick, state, -1, alliance, states.Name[state]));
        if (world.DissolveAllianceIfAlone(alliance) is var last and >= 0)
        {
            events.Publish(new AllianceDissolved(tick, last, -1, alliance, states.Name[last]));
        }
    }
}
