namespace Westphalia.Scenarios;

/// <summary>Field paths as users write them: <c>world.regions[2].owner</c> or <c>world.regions.2.owner</c>.</summary>
public static class ScenarioPath
{
    public static IEnumerable<string> Split(string path) =>
        path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Split('.', StringSplitOptions.RemoveEmptyEntries);

    public static string Join(string parent, string segment)
    {
        if (int.TryParse(segment, out _))
        {
            return $"{parent}[{segment}]";
        }

        return parent.Length == 0 ? segment : $"{parent}.{segment}";
    }
}
