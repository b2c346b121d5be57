using Westphalia.Parameters;

namespace Westphalia.Doctrines;

/// <summary>
/// The human-security doctrine: freedom from fear, the Canadian school. The referent of security is the individual, not
/// the state (UNDP 1994; Axworthy, DFAIT 2000, <i>Freedom from Fear</i>; the Human Security Network): the state polices
/// more than the balanced doctrine, keeps a moderate military, gives modest aid, protects civilians fully, and when a
/// civil war breaks out moves budget from welfare to police and the military to protect people. With τ the tax rate,
/// m, p and a the peacetime military, police and aid shares, Δm and Δp the civil-war increments and π the protection
/// of <see cref="HumanSecurityDoctrineParameters"/>:
/// <code>
///   in peace:      policy = (τ, m,      1 − m − p − a,           p,      a),  Protection = π
///   at civil war:  policy = (τ, m + Δm, 1 − m − p − a − Δm − Δp, p + Δp, a),  Protection = π
/// </code>
/// (welfare floored at 0 and the shares normalised, which leaves valid parameters unchanged: validation requires
/// m + p + a + Δm + Δp ≤ 1). "At civil war" is <see cref="StateView.AtCivilWar"/>. With the defaults the state spends 2%
/// of output on the military, 3% on police, 0.3% on aid and 14.7% on welfare in peace, and 3%, 4%, 0.3% and 12.7% at
/// civil war, with π = 1 throughout.
/// </summary>
/// <remarks>
/// <para>
/// <b>Peacekeeping.</b> <see cref="PeacekeepingSupport"/>, the share of military spending the state pledges to
/// international missions (peacekeeping and intervention to protect), is the policy's <c>Peacekeeping</c>; the United
/// Nations draws on it when the Security Council sends a mission.
/// </para>
/// <para>
/// Reads only the view; holds only parameters, so one instance may serve any number of states.
/// </para>
/// </remarks>
public sealed class HumanSecurityDoctrine(HumanSecurityDoctrineParameters parameters, CouncilVotingParameters? voting = null) : Doctrine(parameters, voting ?? new CouncilVotingParameters())
{
    public const string DoctrineName = "human-security";

    private readonly HumanSecurityDoctrineParameters _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));

    public override string Name => DoctrineName;

    public HumanSecurityDoctrineParameters Parameters => _parameters;

    /// <summary>
    /// Support for peacekeeping and intervention to protect: the share of its military spending the state would
    /// contribute to international missions, in [0, 1]. Not read by any mechanism yet (the UN Security Council will).
    /// </summary>
    public double PeacekeepingSupport => _parameters.PeacekeepingSupport;

    public override Policy Decide(in StateView view)
    {
        var p = _parameters;
        var military = p.Military;
        var police = p.Police;
        if (view.AtCivilWar)
        {
            military += p.CivilWarMilitary;
            police += p.CivilWarPolice;
        }

        var welfare = Math.Max(0, 1 - military - police - p.Aid);
        return new Policy(p.TaxRate, military, welfare, police, p.Aid) { Protection = p.Protection, Sharing = p.Sharing, Peacekeeping = p.PeacekeepingSupport }.Normalised();
    }
}
