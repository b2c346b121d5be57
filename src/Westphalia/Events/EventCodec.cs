using System.Reflection;

namespace Westphalia.Events;

/// <summary>
/// Writes and reads events for checkpoints, every kind the same way: the record's name, then the values of its primary
/// constructor's parameters in order (whole numbers, numbers, text and true/false). A kind of event is written by being
/// defined; nothing is written field by field.
/// </summary>
public static class EventCodec
{
    /// <summary>Every kind of event by its record's name, with the primary constructor whose parameters are written.</summary>
    internal static readonly Dictionary<string, (ConstructorInfo Constructor, ParameterInfo[] Parameters)> Kinds =
        typeof(SimulationEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SimulationEvent)) && !t.IsAbstract)
            .ToDictionary(t => t.Name, t =>
            {
                var constructor = t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
                return (constructor, constructor.GetParameters());
            }, StringComparer.Ordinal);

    public static void Write(BinaryWriter writer, SimulationEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        var name = e.GetType().Name;
        writer.Write(name);
        foreach (var parameter in Kinds[name].Parameters)
        {
            var value = e.GetType().GetProperty(parameter.Name!)!.GetValue(e);
            switch (value)
            {
                case int i: writer.Write(i); break;
                case double d: writer.Write(d); break;
                case string s: writer.Write(s); break;
                case bool b: writer.Write(b); break;
                default: throw new InvalidOperationException($"{name}.{parameter.Name}: an event field must be a whole number, a number, text or true/false");
            }
        }
    }

    public static SimulationEvent Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var name = reader.ReadString();
        if (!Kinds.TryGetValue(name, out var kind))
        {
            throw new InvalidDataException($"the checkpoint holds an event of an unknown kind '{name}'");
        }

        var values = new object[kind.Parameters.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var type = kind.Parameters[i].ParameterType;
            values[i] = type == typeof(int) ? reader.ReadInt32()
                : type == typeof(double) ? reader.ReadDouble()
                : type == typeof(string) ? reader.ReadString()
                : type == typeof(bool) ? reader.ReadBoolean()
                : throw new InvalidDataException($"{name}: a field of a kind events cannot have");
        }

        return (SimulationEvent)kind.Constructor.Invoke(values);
    }
}
