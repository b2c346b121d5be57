namespace Westphalia.Doctrines;

/// <summary>
/// What a state's government decides for one tick: how much of output it taxes and how it splits the budget.
/// Doctrines compute it; a human team's orders are the same type.
/// </summary>
public readonly record struct Policy(double TaxRate, double Military, double Welfare, double Police, double Aid)
{
    /// <summary>
    /// How far the government restrains its own forces and protects civilians, in [0, 1]: 0 leaves one-sided violence at
    /// the rate of the conflict, 1 cuts the government's to the floor set in the civil-war parameters (docs/ODD.md §7.5).
    /// </summary>
    public double Protection { get; init; }

    /// <summary>
    /// How much of what its police learn about transnational networks the state shares through Interpol, in [0, 1]
    /// (docs/ODD.md, Interpol): 0 shares nothing, 1 every notice with every member.
    /// </summary>
    public double Sharing { get; init; }

    /// <summary>
    /// Share of its military spending the state pledges to UN peacekeeping and to the forces the Security Council
    /// authorises, in [0, 1] (docs/ODD.md, United Nations).
    /// </summary>
    public double Peacekeeping { get; init; }

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
            return new Policy(Math.Clamp(Clean(TaxRate), 0, 1), 0, 1, 0, 0) { Protection = Math.Clamp(Clean(Protection), 0, 1), Sharing = Math.Clamp(Clean(Sharing), 0, 1), Peacekeeping = Math.Clamp(Clean(Peacekeeping), 0, 1) };
        }

        return new Policy(Math.Clamp(Clean(TaxRate), 0, 1), m / sum, w / sum, p / sum, a / sum) { Protection = Math.Clamp(Clean(Protection), 0, 1), Sharing = Math.Clamp(Clean(Sharing), 0, 1), Peacekeeping = Math.Clamp(Clean(Peacekeeping), 0, 1) };
    }

    private static double Clean(double x) => double.IsFinite(x) && x > 0 ? x : 0;
}
