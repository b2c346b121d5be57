using System.Text.Json;
using System.Text.Json.Serialization;

namespace Westphalia.Classroom;

/// <summary>
/// A game's log as JSON, for a server to store: an array of events, each with a <c>type</c>
/// (<c>game_created</c>, <c>orders_submitted</c>, <c>policy_changed</c>, <c>turn_resolved</c>, <c>draft_proposed</c>,
/// <c>council_vote_cast</c>), camelCase properties,
/// enums by name, and the orders as <see cref="Scenarios.Orders"/> with the fields left out that the team left out.
/// </summary>
public static class GameJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A database's JSON column (PostgreSQL's jsonb) may store the keys in another order than they were written.
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(IEnumerable<GameEvent> events) => JsonSerializer.Serialize(events.ToList(), Options);

    public static IReadOnlyList<GameEvent> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<GameEvent>>(json, Options) ?? throw new JsonException("the game log is null");

    public static string Serialize(GameEvent e) => JsonSerializer.Serialize(e, Options);

    public static GameEvent DeserializeEvent(string json) =>
        JsonSerializer.Deserialize<GameEvent>(json, Options) ?? throw new JsonException("the game event is null");
}
