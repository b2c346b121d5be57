using Westphalia.Governments;
using Westphalia.Scenarios;

namespace Westphalia.Doctrines;

/// <summary>The doctrines a scenario can name.</summary>
public static class DoctrineCatalog
{
    private static readonly Dictionary<string, Func<DoctrineSettings, IGovernment>> Factories = new(StringComparer.Ordinal)
    {
        [BalancedDoctrine.DoctrineName] = settings => new BalancedDoctrine(settings.Balanced, settings.CouncilVoting),
        [RealistDoctrine.DoctrineName] = settings => new RealistDoctrine(settings.Realist, settings.CouncilVoting),
        [HumanSecurityDoctrine.DoctrineName] = settings => new HumanSecurityDoctrine(settings.HumanSecurity, settings.CouncilVoting),
        [HumanDevelopmentDoctrine.DoctrineName] = settings => new HumanDevelopmentDoctrine(settings.HumanDevelopment, settings.CouncilVoting),
        [CollectiveSecurityDoctrine.DoctrineName] = settings => new CollectiveSecurityDoctrine(settings.CollectiveSecurity, settings.CouncilVoting),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static bool Exists(string name) => Factories.ContainsKey(name);

    public static IGovernment Create(string name, DoctrineSettings settings) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(settings)
            : throw new ArgumentException($"unknown doctrine '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
