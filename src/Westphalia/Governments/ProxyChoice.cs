namespace Westphalia.Governments;

/// <summary>
/// A civil war in another state, as a major power sees it when it may arm a side (docs/ODD.md §7.5.8): the state at
/// war, whether the patron is allied with it, whether both are in alliances and not the same one, and the odds that a
/// major power takes an interest in a given war at all (<c>proxy_propensity</c>), with the draw for this pair.
/// </summary>
public readonly record struct ProxyChoice(int State, bool Allied, bool Rival, Odds Interest);
