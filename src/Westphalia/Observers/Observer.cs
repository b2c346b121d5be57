namespace Westphalia.Observers;

/// <summary>
/// Collects one output of a run (Mesa's <c>DataCollector</c>, split by file): it sees the world at the end of every
/// tick and the events and records the mechanisms publish, and writes the files its <see cref="OutputAttribute"/>
/// names. An observer never changes the world. A new output is one class deriving from this one, with the attribute,
/// plus its entry in docs/OUTPUTS.md: the simulation finds it by reflection.
/// </summary>
public abstract class Observer
{
    /// <summary>Once, after the world is put in balance and before the first tick.</summary>
    public virtual void Start()
    {
    }

    /// <summary>At the end of every tick, after the mechanisms, in the order of the observers' positions.</summary>
    public virtual void Observe(in TickContext context)
    {
    }

    /// <summary>
    /// Whether this run writes <paramref name="file"/>, one of the files the <see cref="OutputAttribute"/> names: all of
    /// them but where an observer's file only fits some worlds (regions.geojson, real-world runs only).
    /// </summary>
    public virtual bool Writes(string file) => true;

    /// <summary>Writes one of the files this observer's <see cref="OutputAttribute"/> names.</summary>
    public abstract Task WriteAsync(string file, Stream stream, CancellationToken cancellation);

    /// <summary>What the observer has collected, for checkpoints.</summary>
    public virtual void Save(BinaryWriter writer)
    {
    }

    public virtual void Load(BinaryReader reader)
    {
    }
}
