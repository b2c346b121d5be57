namespace Westphalia.Conflict;

/// <summary>What a transnational network is after: political violence or illicit profit.</summary>
public enum NetworkKind
{
    /// <summary>A terror network: its cells carry out attacks on civilians (one-sided violence).</summary>
    Terror = 1,

    /// <summary>An organised-crime network: its cells drain the legitimate economy and fight rival networks for turf.</summary>
    Crime = 2,
}
