namespace Westphalia.Scenarios.Imports;

/// <summary>The living states of a world by their COW code, ISO 3166-1 alpha-3 code (any case) and name.</summary>
internal sealed class StateKeys
{
    public StateKeys(World world)
    {
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                continue;
            }

            if (states.CowCode[s] >= 0)
            {
                Cow.TryAdd(states.CowCode[s], s);
            }

            if (states.Iso3[s].Length > 0)
            {
                Iso3.TryAdd(states.Iso3[s], s);
            }

            Name.TryAdd(states.Name[s], s);
        }
    }

    public Dictionary<int, int> Cow { get; } = [];

    public Dictionary<string, int> Iso3 { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> Name { get; } = new(StringComparer.Ordinal);
}
