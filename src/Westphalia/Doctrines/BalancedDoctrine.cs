using Westphalia.Scenarios;

namespace Westphalia.Doctrines;

/// <summary>
/// The balanced doctrine: a fixed tax rate and fixed budget shares for the military, welfare, police and foreign
/// aid, near the world's typical government of the 2010s (docs/ODD.md, Doctrines). It is the neutral baseline
/// against which the realist, human-security, human-development and collective-security doctrines are compared.
/// </summary>
public sealed class BalancedDoctrine(BalancedDoctrineParameters parameters) : IDoctrine
{
    public const string DoctrineName = "balanced";

    private readonly Policy _policy = new Policy(
        parameters.TaxRate, parameters.Military, parameters.Welfare, parameters.Police, parameters.Aid).Normalised();

    public string Name => DoctrineName;

    public Policy Decide(in StateView view) => _policy;
}
