using System.Collections.Concurrent;
using Westphalia.Governments;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Doctrines;

/// <summary>
/// The doctrines a scenario can name: the five built in, and those plug-ins register (<see cref="Register{TParameters}"/>,
/// usually from an <see cref="IWestphaliaPlugin"/> the command loads with <c>--plugin</c>). A plug-in doctrine's
/// parameters are read from <c>doctrines.plugins.NAME</c> into its own parameter class.
/// </summary>
public static class DoctrineCatalog
{
    private sealed record Entry(Type? Parameters, Func<DoctrineSettings, IGovernment> Create);

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        [BalancedDoctrine.DoctrineName] = new(null, settings => new BalancedDoctrine(settings.Balanced, settings.CouncilVoting)),
        [RealistDoctrine.DoctrineName] = new(null, settings => new RealistDoctrine(settings.Realist, settings.CouncilVoting)),
        [HumanSecurityDoctrine.DoctrineName] = new(null, settings => new HumanSecurityDoctrine(settings.HumanSecurity, settings.CouncilVoting)),
        [HumanDevelopmentDoctrine.DoctrineName] = new(null, settings => new HumanDevelopmentDoctrine(settings.HumanDevelopment, settings.CouncilVoting)),
        [CollectiveSecurityDoctrine.DoctrineName] = new(null, settings => new CollectiveSecurityDoctrine(settings.CollectiveSecurity, settings.CouncilVoting)),
    };

    /// <summary>The names of every doctrine known, built in and registered, in alphabetical order.</summary>
    public static IReadOnlyCollection<string> Names => [.. Entries.Keys.Order(StringComparer.Ordinal)];

    public static bool Exists(string name) => Entries.ContainsKey(name);

    /// <summary>The parameter class of a registered plug-in doctrine, or null for a built-in doctrine or an unknown name.</summary>
    public static Type? ParametersOf(string name) => Entries.TryGetValue(name, out var entry) ? entry.Parameters : null;

    public static IGovernment Create(string name, DoctrineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Entries.TryGetValue(name, out var entry)
            ? entry.Create(settings)
            : throw new ArgumentException($"unknown doctrine '{name}'; known: {string.Join(", ", Names)}", nameof(name));
    }

    /// <summary>
    /// Registers a doctrine by name: a government made from its parameters (read from <c>doctrines.plugins.NAME</c>,
    /// the class's defaults where the scenario says nothing) and the shared Council voting rules. A name already taken
    /// by another doctrine is refused; registering the same doctrine again is allowed.
    /// </summary>
    public static void Register<TParameters>(string name, Func<TParameters, CouncilVotingParameters, IGovernment> create)
        where TParameters : DoctrineParameters, new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new ArgumentException($"a doctrine's name uses letters, digits, '-' and '_' only: '{name}'", nameof(name));
        }

        var entry = new Entry(typeof(TParameters), settings =>
            create(settings.Plugins.TryGetValue(name, out var p) && p is TParameters parameters ? parameters : new TParameters(), settings.CouncilVoting));
        var stored = Entries.GetOrAdd(name, entry);
        if (!ReferenceEquals(stored, entry) && stored.Parameters != typeof(TParameters))
        {
            throw new ArgumentException($"a doctrine named '{name}' is already known", nameof(name));
        }
    }
}
