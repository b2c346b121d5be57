namespace Westphalia.Governments;

/// <summary>
/// A challenger's demand for a province in a crisis, as its target sees it: the challenger's local force ratio at the
/// contested border, the ratio at which the interstate-war parameters expect a state to yield, and whether the province
/// is the capital (docs/ODD.md §7.4.4).
/// </summary>
public readonly record struct Demand(int Challenger, double Ratio, double ConcessionRatio, bool Capital);
