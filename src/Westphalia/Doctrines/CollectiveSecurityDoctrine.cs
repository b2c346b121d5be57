using Westphalia.Parameters;

namespace Westphalia.Doctrines;

/// <summary>
/// The collective-security doctrine, the liberal-institutionalist answer to "who provides security?": institutions
/// first. The state keeps a modest military sized for a share in collective defence, funds the UN's missions (a large
/// peacekeeping pledge), shares everything its police learn through Interpol, gives aid near the UN target, protects
/// civilians, and in the Security Council votes for every measure the Council takes up (docs/ODD.md, United Nations).
/// With τ, m, p, a its tax rate and military, police and aid shares:
/// <code>
///   policy = (τ, m, 1 − m − p − a, p, a),  Protection = ψ,  Sharing = σ,  Peacekeeping = κ
/// </code>
/// Treaties first: the arms-control and confidence-building treaties of cooperative security are the next part of this
/// doctrine (docs/ODD.md, §1.2).
/// </summary>
public sealed class CollectiveSecurityDoctrine(CollectiveSecurityDoctrineParameters parameters, CouncilVotingParameters? voting = null) : Doctrine(parameters, voting ?? new CouncilVotingParameters())
{
    public const string DoctrineName = "collective-security";

    private readonly Policy _policy = new Policy(
        parameters.TaxRate, parameters.Military, Math.Max(0, 1 - parameters.Military - parameters.Police - parameters.Aid), parameters.Police, parameters.Aid)
    {
        Protection = parameters.Protection,
        Sharing = parameters.Sharing,
        Peacekeeping = parameters.Peacekeeping,
    }.Normalised();

    public override string Name => DoctrineName;

    public override Policy Decide(in StateView view) => _policy;
}
