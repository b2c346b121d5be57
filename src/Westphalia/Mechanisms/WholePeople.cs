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
        var total = expected + carry;
        var whole = (long)Math.Floor(total);
        carry = total - whole;
        return whole;
    }
}
