using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// Forces in being as a perpetual inventory: each month K ← K (1 − δ)^(1/12) + M, where M is the month's military
/// spending and δ the annual depreciation.
/// </summary>
public sealed class MilitaryCapability(World world, MilitaryParameters parameters) : IMechanism
{
    private readonly double _keep = Math.Pow(1 - parameters.Depreciation, 1.0 / 12.0);

    public string Name => "Military capability";

    /// <summary>
    /// Forces in being at the stock that the state's starting annual spending sustains, when one was given (imported
    /// from a file), or else the stock this month's spending sustains.
    /// </summary>
    public void Initialise(in TickContext context)
    {
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            var annual = states.StartingMilitarySpending[s] >= 0 ? states.StartingMilitarySpending[s] : 12.0 * states.MilitarySpending[s];
            states.MilitaryCapability[s] = SteadyState(annual);
        }
    }

    public void Step(in TickContext context)
    {
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            states.MilitaryCapability[s] = states.MilitaryCapability[s] * _keep + states.MilitarySpending[s];
        }
    }

    /// <summary>The stock at which annual spending just replaces depreciation, used to start a run in balance.</summary>
    public double SteadyState(double annualSpending) =>
        parameters.Depreciation > 0 ? annualSpending / (12 * (1 - _keep)) : annualSpending;
}
