using System.Reflection;

namespace Westphalia.Observers;

/// <summary>The outputs of a run: every <see cref="Observer"/> in this library marked with <see cref="OutputAttribute"/>, by position.</summary>
public static class ObserverCatalog
{
    private static readonly (Type Type, OutputAttribute Output)[] Outputs =
        [.. typeof(Observer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Observer)) && !t.IsAbstract)
            .Select(t => (Type: t, Output: t.GetCustomAttribute<OutputAttribute>()))
            .Where(o => o.Output is not null)
            .Select(o => (o.Type, o.Output!))
            .OrderBy(o => o.Item2.Position)];

    /// <summary>The observer types in the order they run and write.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. Outputs.Select(o => o.Type)];

    /// <summary>Every data file a run writes, in order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. Outputs.SelectMany(o => o.Output.Files)];

    /// <summary>The files one observer writes.</summary>
    public static IReadOnlyList<string> FilesOf(Type observer) => Outputs.First(o => o.Type == observer).Output.Files;

    /// <summary>Creates the observers of a run, each given the ones before it.</summary>
    internal static List<Observer> Create(Simulation simulation, ObservationWindow window)
    {
        var created = new List<Observer>();
        Observer Find(Type type) => created.FirstOrDefault(type.IsInstanceOfType)
            ?? throw new InvalidOperationException($"{type.Name} is not an output created before the one asking for it");
        var context = new ObserverContext(simulation, window, Find);
        foreach (var type in Types)
        {
            created.Add((Observer)Activator.CreateInstance(type, context)!);
        }

        return created;
    }
}
