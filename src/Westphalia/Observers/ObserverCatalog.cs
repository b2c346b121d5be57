using System.Reflection;

namespace Westphalia.Observers;

/// <summary>The outputs of a run: every <see cref="Observer"/> in this library marked with <see cref="OutputAttribute"/>, by position.</summary>
public static class ObserverCatalog
{
    private static readonly Type[] OutputTypes = FindOutputs();

    /// <summary>The observer types in the order they run and write.</summary>
    public static IReadOnlyList<Type> Types => OutputTypes;

    /// <summary>Every data file every run writes, in order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. OutputTypes.Where(t => !t.GetCustomAttribute<OutputAttribute>()!.Optional).SelectMany(FilesOf)];

    /// <summary>The data files only some runs write (regions.geojson: real-world runs), in order.</summary>
    public static IReadOnlyList<string> OptionalFiles { get; } = [.. OutputTypes.Where(t => t.GetCustomAttribute<OutputAttribute>()!.Optional).SelectMany(FilesOf)];

    /// <summary>The files one observer writes.</summary>
    public static IReadOnlyList<string> FilesOf(Type observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return observer.GetCustomAttribute<OutputAttribute>()?.Files
            ?? throw new ArgumentException($"{observer.Name} is not an output", nameof(observer));
    }

    /// <summary>Creates the observers of a run, each given the ones before it.</summary>
    internal static List<Observer> Create(Simulation simulation, ObservationWindow window)
    {
        var created = new List<Observer>();
        Observer Find(Type type) => created.Find(type.IsInstanceOfType)
            ?? throw new InvalidOperationException($"{type.Name} is not an output created before the one asking for it");
        var context = new ObserverContext(simulation, window, Find);
        foreach (var type in OutputTypes)
        {
            created.Add((Observer)Activator.CreateInstance(type, context)!);
        }

        return created;
    }

    /// <summary>The concrete observers with an <see cref="OutputAttribute"/>, ordered by position (plain loops: this runs at start-up).</summary>
    private static Type[] FindOutputs()
    {
        var found = new List<Type>();
        foreach (var type in typeof(Observer).Assembly.GetTypes())
        {
            if (!type.IsAbstract && type.IsSubclassOf(typeof(Observer)) && type.GetCustomAttribute<OutputAttribute>() is not null)
            {
                found.Add(type);
            }
        }

        found.Sort((a, b) => a.GetCustomAttribute<OutputAttribute>()!.Position.CompareTo(b.GetCustomAttribute<OutputAttribute>()!.Position));
        return [.. found];
    }
}
