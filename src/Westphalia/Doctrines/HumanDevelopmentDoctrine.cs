using Westphalia.Parameters;

namespace Westphalia.Doctrines;

/// <summary>
/// The human-development doctrine: freedom from want, the UNDP school (<i>Human Development Report 1994</i>). The
/// referent of security is the individual, and the threats that matter most are poverty, hunger and disease: the state
/// spends on welfare at home, keeps a low military and little police, and, when it is not itself among the poorer
/// states, gives development aid at the UN target of 0.7% of national income (UN General Assembly resolution 2626
/// (XXV), 1970). With τ the tax rate, m and p the military and police shares, ω the aid target (a share of output),
/// θ the donor threshold and π the protection of <see cref="HumanDevelopmentDoctrineParameters"/>, Y the state's output
/// and y its income per capita, ỹ the median income per capita of the living states (<see cref="StateView.MedianIncomePerCapita"/>)
/// and A the aid it received (12 × last month's):
/// <code>
///   donor  = y ≥ θ · ỹ
///   a      = donor and τ·Y + A &gt; 0 ? min(ω · Y / (τ·Y + A), max(0, 1 − m − p)) : 0
///   policy = (τ, m, max(0, 1 − m − p − a), p, a),  Protection = π
/// </code>
/// (the shares normalised, which leaves valid parameters unchanged: validation requires m + p ≤ 1). The budget splits
/// revenue, tax and aid received alike, by the shares (docs/ODD.md, Budget), so dividing by τ·Y + A makes the aid given
/// ω·Y, 0.7% of output with the defaults, whether or not the state itself receives aid. With the defaults a donor spends
/// 1% of output on the military, 1% on police, 0.7% on aid and 17.3% on welfare; a state below the median gives no aid
/// and spends 18% of output on welfare, with π = 0.5 throughout.
/// </summary>
/// <remarks>
/// <para>
/// <b>Who gives.</b> The Budget shares the aid pool among the poorest <c>recipient_quantile</c> of living states (half
/// by default); a doctrine cannot see that parameter, but it can see where its income stands against the median of the
/// living states, which the World Bank publishes. With θ = 1 the donors are the richer half and the recipients (at the
/// default quantile) the poorer half, so a state never pays into the pool it draws on. A state between the quantile
/// and θ·ỹ (with other settings) neither gives nor receives.
/// </para>
/// <para>
/// Reads only the view; holds only parameters, so one instance may serve any number of states. The median is computed
/// once a tick for all states (<see cref="WorldStatistics"/>).
/// </para>
/// </remarks>
public sealed class HumanDevelopmentDoctrine(HumanDevelopmentDoctrineParameters parameters, CouncilVotingParameters? voting = null) : Doctrine(parameters, voting ?? new CouncilVotingParameters())
{
    public const string DoctrineName = "human-development";

    private readonly HumanDevelopmentDoctrineParameters _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));

    public override string Name => DoctrineName;

    public HumanDevelopmentDoctrineParameters Parameters => _parameters;

    public override Policy Decide(in StateView view)
    {
        var p = _parameters;
        var aid = AidShare(view);
        var welfare = Math.Max(0, 1 - p.Military - p.Police - aid);
        return new Policy(p.TaxRate, p.Military, welfare, p.Police, aid) { Protection = p.Protection, Sharing = p.Sharing, Peacekeeping = p.Peacekeeping }.Normalised();
    }

    /// <summary>Whether the state gives aid: its income per capita is at least the threshold times the world median.</summary>
    public bool IsDonor(in StateView view) => view.IncomePerCapita >= _parameters.DonorThreshold * view.MedianIncomePerCapita;

    /// <summary>
    /// The aid share of the budget: the share of revenue (tax at the doctrine's rate plus aid received) that is the aid
    /// target times output, for a donor, at most what the military and police leave; 0 for a state that is not a donor.
    /// </summary>
    public double AidShare(in StateView view)
    {
        var p = _parameters;
        if (!IsDonor(view))
        {
            return 0;
        }

        var output = view.Output;
        var revenue = (p.TaxRate * output) + view.AidReceived;
        if (!(revenue > 0) || !double.IsFinite(revenue))
        {
            return 0;
        }

        return Math.Min(p.AidTarget * output / revenue, Math.Max(0, 1 - p.Military - p.Police));
    }
}
