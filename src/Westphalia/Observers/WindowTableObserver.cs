using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>
/// A table observer that adds its rows when the shared <see cref="ObservationWindow"/> closes (the states, world and
/// regions series); its table is all that a checkpoint carries of it.
/// </summary>
public abstract class WindowTableObserver : TableObserver
{
    private readonly Table _table;

    protected WindowTableObserver(ObserverContext context, Table table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        World = context.World;
        Window = context.Window;
        _table = table;
    }

    protected World World { get; }

    protected ObservationWindow Window { get; }

    protected sealed override Table Build() => _table;

    public sealed override void Save(BinaryWriter writer) => CheckpointIo.Write(writer, _table);

    public sealed override void Load(BinaryReader reader) => CheckpointIo.Read(reader, _table);
}
