using Westphalia.Conflict;
using Westphalia.Parameters;

namespace Westphalia.Doctrines;

/// <summary>
/// The realist doctrine: traditional ("bombs and borders") security. The state looks after itself (self-help), arms
/// against the most threatening of its neighbours (balancing), keeps a fixed tax rate and police share, spends the rest
/// on welfare and gives no foreign aid (non-interference). Its military spending follows Richardson's arms-race equation
/// (Richardson 1960, <i>Arms and Insecurity</i>; <see cref="RichardsonSystem"/>), one monthly Euler step per tick:
/// <code>
///   R  = Y · max over living neighbours j of (12 · MilitarySpending_j / Y_j)   (the highest burden next door, $/year)
///   M  = 12 · MilitarySpending_i                                        (own level last month, $/year)
///   M* = M + dt · (k·R − a·M + g·Y),  dt = 1/12 year                    (RichardsonSystem.StepEuler)
///   m  = clamp(M* / (τ·Y), military_min, military_max)
///   policy = (τ, m, 1 − m − p, p, 0)
/// </code>
/// with Y the state's output ($/year), τ its tax rate, p its police share, and k, a, g the reaction, fatigue and
/// grievance of <see cref="RealistDoctrineParameters"/> (k multiplied by crisis_reaction while the state is alerted by a
/// crisis or fighting in or next to it, so arms surge in crises and decay by fatigue afterwards) (g as a share of own output, so g·Y is in $/year²). A state
/// with no neighbour has R = 0. All states decide from last month's levels before any budget is spent, so a tick is one
/// synchronous Euler step of the whole network of rivals.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why burdens.</b> The rival level is the neighbour's burden applied to the state's own output, so states match
/// each other's effort rather than each other's dollars: a small state beside a large one is not driven to its cap.
/// </para>
/// <para>
/// <b>Why the largest neighbour, not the sum.</b> Summing over neighbours (Richardson's N-nation form, k_ij = k for
/// every neighbour) makes the reaction grow with the number of neighbours: on a graph where every state has d
/// neighbours the symmetric race has the eigenvalue d·k − a and runs away whenever d·k &gt; a, so a hex map (d ≈ 6)
/// would need a &gt; 6k and stability would hinge on the map rather than on the doctrine. A realist balances against
/// the greatest threat, not the total of every border (Walt 1987, <i>The Origins of Alliances</i>). With the maximum,
/// the monthly map in burdens b = M/Y (output held for the step), T(b)_i = (1 − a·dt)·b_i + k·dt·max_j b_j + g·dt,
/// moves each state by at most (1 − a·dt + k·dt)·‖Δb‖∞, and the clamp to [min, max] cannot increase that, so for a·dt ≤ 1 it is a contraction
/// whenever a &gt; k: one equilibrium, reached from every start, whatever the number of neighbours or the shape of
/// the map. When k &gt; a, identical neighbours run away to military_max.
/// </para>
/// <para>
/// <b>Before the first budget.</b> At initialisation (no spending or revenue yet) the state starts where it would rest
/// facing a mirror image of itself: the equilibrium of <c>RichardsonSystem(k, k, a, a, g·Y, g·Y)</c>, g·Y / (a − k),
/// when that race is stable, otherwise military_min; clamped to [min, max] as always.
/// </para>
/// <para>
/// Reads only the view; holds only parameters, so one instance may serve any number of states.
/// </para>
/// </remarks>
public sealed class RealistDoctrine(RealistDoctrineParameters parameters, CouncilVotingParameters? voting = null) : Doctrine(parameters, voting ?? new CouncilVotingParameters())
{
    public const string DoctrineName = "realist";

    /// <summary>The length of a tick in years: the Euler step of the Richardson equation.</summary>
    public const double TickYears = 1.0 / 12;

    private readonly RealistDoctrineParameters _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));

    public override string Name => DoctrineName;

    public RealistDoctrineParameters Parameters => _parameters;

    public override Policy Decide(in StateView view)
    {
        var p = _parameters;
        var tax = p.TaxRate;
        var output = view.Output;
        var target = TargetMilitarySpending(view);
        var revenue = tax * output;
        var military = revenue > 0 && double.IsFinite(target) ? Math.Clamp(target / revenue, p.MilitaryMin, p.MilitaryMax) : p.MilitaryMin;
        var police = Math.Clamp(p.Police, 0, 1 - military);
        return new Policy(tax, military, Math.Max(0, 1 - military - police), police, 0) { Protection = p.Protection, Sharing = p.Sharing, Peacekeeping = p.Peacekeeping };
    }

    /// <summary>
    /// The military spending, $/year, the state wants this tick before clamping to the budget shares: one Euler step of
    /// Richardson's equation against the most threatening neighbour (see the class remarks).
    /// </summary>
    public double TargetMilitarySpending(in StateView view)
    {
        var p = _parameters;
        var output = view.Output;
        var grievance = p.Grievance * output;
        var dyad = new RichardsonSystem(p.Reaction, p.Reaction, p.Fatigue, p.Fatigue, grievance, grievance);
        if (view.MilitarySpending <= 0 && view.TaxRevenue <= 0)
        {
            // No budget has run yet: rest against a mirror image, or start at the minimum if there is no resting point.
            return dyad.IsStable && dyad.TryGetEquilibrium(out var x, out _) ? x : p.MilitaryMin * p.TaxRate * output;
        }

        if (view.Alerted)
        {
            // A crisis or war next door: the state reacts to its rival's arms crisis_reaction times as strongly.
            var k = p.Reaction * p.CrisisReaction;
            dyad = new RichardsonSystem(k, k, p.Fatigue, p.Fatigue, grievance, grievance);
        }

        var (next, _) = dyad.StepEuler(view.MilitarySpending, RivalMilitarySpending(view), TickYears);
        return next;
    }

    /// <summary>
    /// The rival level R: the largest military burden (annual military spending over output) among the state's living
    /// neighbours, applied to this state's own output; 0 with no neighbour. Matching burdens rather than dollars keeps
    /// a small state beside a large one from being driven to its cap by the sheer size of its neighbour's budget.
    /// </summary>
    public static double RivalMilitarySpending(in StateView view)
    {
        var burden = 0.0;
        foreach (var j in view.Neighbours)
        {
            var output = view.OutputOf(j);
            if (output > 0)
            {
                // A treaty the state keeps with j cuts its reaction to j's arms (cooperative security).
                burden = Math.Max(burden, view.ReactionTo(j) * view.MilitarySpendingOf(j) / output);
            }
        }

        return burden * view.Output;
    }
}
