namespace Westphalia.Parameters;

public enum BattleModel
{
    /// <summary>GeoSim: the side attacked loses a share of the attacker's projected commitment.</summary>
    Geosim,

    /// <summary>Both sides lose by Lanchester's square law between the projected forces.</summary>
    Lanchester,
}
