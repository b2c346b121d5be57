namespace Westphalia.Parameters;

public enum WarResourceSource
{
    /// <summary>GeoSim: one unit per province, discounted by distance from the capital.</summary>
    Provinces,

    /// <summary>Forces in being spread over the provinces, discounted by distance from the capital.</summary>
    Forces,
}
