namespace Westphalia.Mechanisms;

/// <summary>Expected numbers of people turned into whole people, the fraction carried to the next month.</summary>
internal static class WholePeople
{
    /// <summary>
    /// The whole part of <paramref name="expected"/> plus the carried fraction; the new fraction is carried forward, so
    /// that whole counts summed over months are unbiased.
    /// </summary>
    public static long Take(double expected, ref double carry)
    {
        // Callers pass at most the people concerned; the guard keeps any count whole and exact in a double.
        var total = Math.Min(expected + carry, MaxPeople);
        var whole = (long)Math.Floor(total);
        carry = total - whole;
        return whole;
    }

    /// <summary>2^53: the largest count of people below which every whole number is exact as a double.</summary>
    public const double MaxPeople = 9_007_199_254_740_992;
}
