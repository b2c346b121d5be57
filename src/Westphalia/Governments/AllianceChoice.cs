namespace Westphalia.Governments;

/// <summary>
/// A threatened state's choice of ally (docs/ODD.md §7.3): the threat (the strongest neighbour not allied with it),
/// the balancer (the strongest neighbour of the threat not allied with the threat, −1 when none) and whether the
/// scenario's states bandwagon with the threat rather than balance against it.
/// </summary>
public readonly record struct AllianceChoice(int Threat, int Balancer, bool Bandwagon);
