using Westphalia.Classroom;

namespace Westphalia.Server.Play;

/// <summary>The missing-orders policies by the names the forms use: <c>computer</c>, <c>repeat_last</c>, <c>instructor</c>.</summary>
public static class MissingOrdersPolicies
{
    /// <summary>The names, in the order the forms list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["computer", "repeat_last", "instructor"];

    /// <summary>The policy a form's value names, or null.</summary>
    public static MissingOrdersPolicy? Parse(string? name) => name?.Trim() switch
    {
        "computer" => MissingOrdersPolicy.Computer,
        "repeat_last" => MissingOrdersPolicy.RepeatLast,
        "instructor" => MissingOrdersPolicy.Instructor,
        _ => null,
    };

    /// <summary>A policy's name in the forms.</summary>
    public static string Name(MissingOrdersPolicy policy) => policy switch
    {
        MissingOrdersPolicy.RepeatLast => "repeat_last",
        MissingOrdersPolicy.Instructor => "instructor",
        _ => "computer",
    };
}
