using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>Message kinds by the names the forms and exports use (<c>private</c>, <c>communique</c>, <c>news</c>, <c>intelligence</c>, <c>crisis</c>).</summary>
public static class MessageKinds
{
    /// <summary>The kinds an instructor injects, by name.</summary>
    public static IReadOnlyList<string> Injects { get; } = ["news", "intelligence", "crisis"];

    /// <summary>A kind's name.</summary>
    public static string Name(MessageKind kind) => kind switch
    {
        MessageKind.Private => "private",
        MessageKind.Communique => "communique",
        MessageKind.News => "news",
        MessageKind.Intelligence => "intelligence",
        _ => "crisis",
    };

    /// <summary>The inject kind a form's value names, or null.</summary>
    public static MessageKind? ParseInject(string? name) => name?.Trim() switch
    {
        "news" => MessageKind.News,
        "intelligence" => MessageKind.Intelligence,
        "crisis" => MessageKind.Crisis,
        _ => null,
    };
}
