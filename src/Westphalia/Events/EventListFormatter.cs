using MemoryPack;

namespace Westphalia.Events;

/// <summary>
/// Writes a list of events inside a MemoryPack state object the way <see cref="EventCodec"/> writes events: each the
/// record's name, then the values of its primary constructor's parameters in order. A kind of event is written by being
/// defined.
/// </summary>
internal sealed class EventListFormatter : MemoryPackFormatter<List<SimulationEvent>>
{
    public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref List<SimulationEvent>? value)
    {
        if (value is null)
        {
            writer.WriteNullCollectionHeader();
            return;
        }

        writer.WriteCollectionHeader(value.Count);
        foreach (var e in value)
        {
            var name = e.GetType().Name;
            writer.WriteString(name);
            foreach (var parameter in EventCodec.Kinds[name].Parameters)
            {
                switch (e.GetType().GetProperty(parameter.Name!)!.GetValue(e))
                {
                    case int i: writer.WriteUnmanaged(i); break;
                    case double d: writer.WriteUnmanaged(d); break;
                    case string s: writer.WriteString(s); break;
                    case bool b: writer.WriteUnmanaged(b); break;
                    default: throw new InvalidOperationException($"{name}.{parameter.Name}: an event field must be a whole number, a number, text or true/false");
                }
            }
        }
    }

    public override void Deserialize(ref MemoryPackReader reader, scoped ref List<SimulationEvent>? value)
    {
        if (!reader.TryReadCollectionHeader(out var count))
        {
            value = null;
            return;
        }

        value = new List<SimulationEvent>(count);
        for (var n = 0; n < count; n++)
        {
            var name = reader.ReadString() ?? "";
            if (!EventCodec.Kinds.TryGetValue(name, out var kind))
            {
                throw new InvalidDataException($"the checkpoint holds an event of an unknown kind '{name}'");
            }

            var values = new object[kind.Parameters.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var type = kind.Parameters[i].ParameterType;
                values[i] = type == typeof(int) ? reader.ReadUnmanaged<int>()
                    : type == typeof(double) ? reader.ReadUnmanaged<double>()
                    : type == typeof(string) ? reader.ReadString() ?? ""
                    : type == typeof(bool) ? reader.ReadUnmanaged<bool>()
                    : throw new InvalidDataException($"{name}: a field of a kind events cannot have");
            }

            value.Add((SimulationEvent)kind.Constructor.Invoke(values));
        }
    }
}
