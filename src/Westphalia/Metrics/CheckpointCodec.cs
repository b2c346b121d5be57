using System.Reflection;
using MemoryPack;

namespace Westphalia.Metrics;

/// <summary>
/// Writes and reads the state object of every checkpointed mechanism the same way: the length of its MemoryPack bytes,
/// then the bytes, which MemoryPack's source generator derives from the class's declaration (its public members in
/// the order they are declared). No mechanism writes its fields by hand. A state read back is checked against the
/// mechanism's current one before it is believed: its arrays (per state, per region) must keep their lengths, and
/// none of its members may be missing.
/// </summary>
internal static class CheckpointCodec
{
    public static void Write<T>(BinaryWriter writer, T state)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(state);
        var bytes = MemoryPackSerializer.Serialize(state);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>
    /// Reads a state written by <see cref="Write{T}"/> as a new object shaped like <paramref name="current"/>. Bytes it
    /// cannot read throw <see cref="InvalidDataException"/>; no length in them is believed beyond the bytes that are there.
    /// </summary>
    public static T Read<T>(BinaryReader reader, T current)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(current);
        var name = typeof(T).Name;
        var length = reader.ReadInt32();
        var stream = reader.BaseStream;
        if (length < 0 || (stream.CanSeek && length > stream.Length - stream.Position))
        {
            throw new InvalidDataException($"the checkpoint is truncated in {name}");
        }

        var bytes = reader.ReadBytes(length);
        if (bytes.Length != length)
        {
            throw new InvalidDataException($"the checkpoint is truncated in {name}");
        }

        T? state = null;
        int read;
        try
        {
            read = MemoryPackSerializer.Deserialize(bytes, ref state);
        }
        catch (Exception e) when (e is MemoryPackSerializationException or ArgumentException or OverflowException
            or IndexOutOfRangeException or InvalidOperationException or InvalidCastException)
        {
            throw new InvalidDataException($"the checkpoint's {name} cannot be read: {e.Message}", e);
        }

        if (state is null || read != length)
        {
            throw new InvalidDataException($"the checkpoint's {name} is not one this program wrote");
        }

        CheckShape(state, current, name);
        return state;
    }

    /// <summary>Every member of the state read is present where the current one has it, and every array has the current one's length; nested state objects likewise.</summary>
    private static void CheckShape(object read, object current, string path)
    {
        foreach (var p in Members(read.GetType()))
        {
            var was = p.GetValue(current);
            var now = p.GetValue(read);
            if (was is null)
            {
                continue;
            }

            if (now is null)
            {
                throw new InvalidDataException($"the checkpoint lacks {path}.{p.Name}");
            }

            if (was is Array a && ((Array)now).Length != a.Length)
            {
                throw new InvalidDataException($"the checkpoint's {path}.{p.Name} holds {((Array)now).Length} values where the world has {a.Length}");
            }

            if (p.PropertyType.GetCustomAttribute<MemoryPackableAttribute>() is not null)
            {
                CheckShape(now, was, $"{path}.{p.Name}");
            }
        }
    }

    private static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<MemoryPackIgnoreAttribute>() is null);
}
