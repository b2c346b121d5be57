namespace Westphalia.Parameters;

public enum CapitalFallRule
{
    /// <summary>GeoSim: the conqueror takes the capital; every other province becomes a state of its own.</summary>
    Fragment,

    /// <summary>The conqueror takes the whole state.</summary>
    Annex,
}
