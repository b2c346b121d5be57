using Westphalia.Doctrines;
using Westphalia.Governments;

namespace Westphalia.Mechanisms;

/// <summary>Governments decide their budgets: each living state's government returns its policy for the tick.</summary>
public sealed class PolicyPhase(World world, GovernmentTable governments) : IMechanism
{
    public string Name => "Policy";

    /// <summary>The first policies, those in force the month before the run.</summary>
    public void Initialise(in TickContext context) => Step(context);

    public void Step(in TickContext context)
    {
        // Bring the state graph up to date once; the doctrines read it through their views.
        StateGraph.Of(world);
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                continue;
            }

            var policy = governments[s].Decide(governments.View(s, context)).Normalised();
            Apply(states, s, policy);
        }
    }

    /// <summary>Puts a policy in force for a state (also used for orders that do not come from a doctrine).</summary>
    public static void Apply(StateTable states, int state, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(states);
        states.TaxRate[state] = policy.TaxRate;
        states.MilitaryBudgetShare[state] = policy.Military;
        states.WelfareBudgetShare[state] = policy.Welfare;
        states.PoliceBudgetShare[state] = policy.Police;
        states.AidBudgetShare[state] = policy.Aid;
        states.CivilianProtection[state] = policy.Protection;
        states.InformationSharing[state] = policy.Sharing;
        states.PeacekeepingShare[state] = policy.Peacekeeping;
    }
}
