namespace Westphalia.Server;

/// <summary>What <c>westphalia serve</c> passes to the server (all optional; configuration fills the rest).</summary>
public sealed class ClassroomOptions
{
    /// <summary>The addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The database connection string (SQLite, PostgreSQL keywords or a postgres:// URI); null: configuration, else the SQLite default.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The application name (Razor components and static assets are looked up by it).</summary>
    public string? ApplicationName { get; init; }
}
