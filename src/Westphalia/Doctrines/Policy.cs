namespace Westphalia.Doctrines;

/// <summary>
/// What a state's government decides for one tick: how much of output it taxes and how it splits the budget.
/// Doctrines compute it; a human team's orders are the same type.
/// </summary>
public readonly record struct Policy(double TaxRate, double Military, double Welfare, double Police, double Aid)
{
    /// <summary>Returns a policy with the tax rate clamped to [0, 1] and non-negative shares scaled to sum to 1.</summary>
    public Policy Normalised()
    {
        var m = Clean(Military);
        var w = Clean(Welfare);
        var p = Clean(Police);
        var a = Clean(Aid);
        var sum = m + w + p + a;
        if (sum <= 0)
        {
            return new Policy(Math.Clamp(Clean(TaxRate), 0, 1), 0, 1, 0, 0);
        }

        return new Policy(Math.Clamp(Clean(TaxRate), 0, 1), m / sum, w / sum, p / sum, a / sum);
    }

    private static double Clean(double x) => double.IsFinite(x) && x > 0 ? x : 0;
}
