using Westphalia.Parameters;

namespace Westphalia.Doctrines;

/// <summary>
/// The balanced doctrine: a fixed tax rate and fixed budget shares for the military, welfare, police and foreign
/// aid, near the world's typical government of the 2010s (docs/ODD.md, Doctrines): the neutral baseline for
/// comparing doctrines that choose differently.
/// </summary>
public sealed class BalancedDoctrine(BalancedDoctrineParameters parameters, CouncilVotingParameters? voting = null) : Doctrine(parameters, voting ?? new CouncilVotingParameters())
{
    public const string DoctrineName = "balanced";

    private readonly Policy _policy = new Policy(
        parameters.TaxRate, parameters.Military, parameters.Welfare, parameters.Police, parameters.Aid) { Protection = parameters.Protection, Sharing = parameters.Sharing, Peacekeeping = parameters.Peacekeeping }.Normalised();

    public override string Name => DoctrineName;

    public override Policy Decide(in StateView view) => _policy;
}
