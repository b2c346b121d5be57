namespace Westphalia.Mechanisms;

/// <summary>The diminishing-returns curve used for public spending's effects: s(x) = x / (x + half), in [0, 1).</summary>
public static class Saturation
{
    public static double Of(double effort, double half) => effort <= 0 ? 0 : effort / (effort + half);
}
