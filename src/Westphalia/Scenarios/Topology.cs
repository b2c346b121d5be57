namespace Westphalia.Scenarios;

public enum Topology
{
    /// <summary>Six neighbours per cell (offset rows).</summary>
    Hex,

    /// <summary>Four neighbours per cell (von Neumann).</summary>
    Square,
}
