namespace Westphalia.Metrics;

/// <summary>
/// An alliance seen as a bloc over a run (<see cref="BlocReport"/>): its leader, and its members, military burden and
/// spending at the first and last observation.
/// </summary>
public sealed record Bloc(int Alliance, string Leader, int MembersFirst, int MembersLast, double BurdenFirst, double BurdenLast, double SpendingFirst, double SpendingLast);
