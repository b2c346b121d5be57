namespace Westphalia.Conflict;

/// <summary>What rebels fight for: UCDP's incompatibility.</summary>
public enum CivilWarAim
{
    /// <summary>Secession of the regions they hold (UCDP incompatibility 1, territory).</summary>
    Territory = 1,

    /// <summary>The government itself (UCDP incompatibility 2, government).</summary>
    Government = 2,
}
