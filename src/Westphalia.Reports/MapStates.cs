namespace Westphalia.Reports;

/// <summary>
/// Who holds what on a map at one date: each region's owner (a state id), each state's name, capital region (−1 when it
/// has none) and bloc (an alliance id, −1 for none), and the blocs' labels.
/// </summary>
public sealed record MapStates(int[] Owner, string[] Names, int[] Capital, int[] Bloc, IReadOnlyDictionary<int, string> BlocLabels);
