using Westphalia.Metrics;

namespace Westphalia.Laboratory;

/// <summary>
/// A scenario field a sweep varies (<see cref="Path"/>, as <c>--set</c> takes it): a list of <see cref="Levels"/>
/// (full factorial) or a range from <see cref="Min"/> to <see cref="Max"/>, real or whole (Latin hypercube).
/// <see cref="Kind"/> is the type of its column in the sweep table.
/// </summary>
public sealed record SweepFactor(string Path, ColumnKind Kind, IReadOnlyList<SweepValue> Levels, double Min = 0, double Max = 0, bool Integer = false)
{
    /// <summary>The factor's value at <paramref name="u"/> in [0, 1) of its range: reals scaled, whole numbers over [min, max + 1) rounded down.</summary>
    public SweepValue At(double u)
    {
        if (Integer)
        {
            var whole = Math.Min((long)Max, (long)Math.Floor(Min + (u * (Max - Min + 1))));
            return new SweepValue(whole.ToString(System.Globalization.CultureInfo.InvariantCulture), whole);
        }

        var x = Math.Min(Max, Min + (u * (Max - Min)));
        return new SweepValue(x.ToString("R", System.Globalization.CultureInfo.InvariantCulture), x);
    }
}
