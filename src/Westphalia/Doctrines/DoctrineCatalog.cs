using Westphalia.Scenarios;

namespace Westphalia.Doctrines;

/// <summary>The doctrines a scenario can name.</summary>
public static class DoctrineCatalog
{
    private static readonly Dictionary<string, Func<DoctrineSettings, IDoctrine>> Factories = new(StringComparer.Ordinal)
    {
        [BalancedDoctrine.DoctrineName] = settings => new BalancedDoctrine(settings.Balanced),
        [RealistDoctrine.DoctrineName] = settings => new RealistDoctrine(settings.Realist),
        [HumanSecurityDoctrine.DoctrineName] = settings => new HumanSecurityDoctrine(settings.HumanSecurity),
        [HumanDevelopmentDoctrine.DoctrineName] = settings => new HumanDevelopmentDoctrine(settings.HumanDevelopment),
        [CollectiveSecurityDoctrine.DoctrineName] = settings => new CollectiveSecurityDoctrine(settings.CollectiveSecurity),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static bool Exists(string name) => Factories.ContainsKey(name);

    public static IDoctrine Create(string name, DoctrineSettings settings) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(settings)
            : throw new ArgumentException($"unknown doctrine '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
