using System.Text.Json;
using Westphalia.Events;

namespace Westphalia.Metrics;

/// <summary>Writes the event log as JSON lines: one object per event, fields in a fixed order.</summary>
public static class EventLogWriter
{
    public static void Write(IEnumerable<SimulationEvent> events, int startYear, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(events);
        var newline = "\n"u8.ToArray();
        foreach (var e in events)
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = false }))
            {
                json.WriteStartObject();
                json.WriteNumber("tick", e.Tick);
                json.WriteString("date", $"{startYear + (e.Tick / 12):D4}-{(e.Tick % 12) + 1:D2}");
                json.WriteString("type", e.Type);
                if (e.State >= 0)
                {
                    json.WriteNumber("state_id", e.State);
                }

                if (e.Region >= 0)
                {
                    json.WriteNumber("region_id", e.Region);
                }

                json.WriteNumber("value", e.Value);
                json.WriteString("detail", e.Detail);
                json.WriteEndObject();
            }

            stream.Write(newline);
        }
    }
}
