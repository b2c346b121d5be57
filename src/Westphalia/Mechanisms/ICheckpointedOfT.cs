using Westphalia.Metrics;

namespace Westphalia.Mechanisms;

/// <summary>
/// A mechanism that keeps everything a checkpoint must carry in one state object (a MemoryPack-serialisable class),
/// which <see cref="CheckpointCodec"/> writes and reads whole; after a load the mechanism takes the state read and
/// rebuilds only what derives from it (lookups, stale flags).
/// </summary>
internal interface ICheckpointed<TState> : ICheckpointed
    where TState : class
{
    /// <summary>The state a checkpoint carries.</summary>
    TState State { get; }

    /// <summary>Takes a state read from a checkpoint in place of the current one and rebuilds what derives from it.</summary>
    void Restore(TState state);

    void ICheckpointed.Save(BinaryWriter writer) => CheckpointCodec.Write(writer, State);

    void ICheckpointed.Load(BinaryReader reader) => Restore(CheckpointCodec.Read(reader, State));
}
