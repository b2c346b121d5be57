namespace Westphalia.Metrics;

/// <summary>Events of one type (wars begun, crises) counted by the blocs of their two sides (<see cref="BlocReport"/>).</summary>
public sealed record BlocWarCounts(int BetweenBlocs, int WithinBloc, int NonAlignedInvolved);
