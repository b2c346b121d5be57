using Npgsql;

namespace Westphalia.Server.Tests;

/// <summary>
/// The classroom app on a PostgreSQL database of its own, created on the server WESTPHALIA_POSTGRES names
/// (test/run.sh starts one: test/components.sh) and dropped afterwards. Without that server the tests fail, saying so.
/// </summary>
public class PostgresClassroomFactory : ClassroomFactory
{
    public const string ServerVariable = "WESTPHALIA_POSTGRES";

    private string? _server;
    private string? _database;

    protected override string CreateDatabase()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(_server))
        {
            throw new InvalidOperationException(
                $"no PostgreSQL server: run the tests with test/run.sh, which installs and starts one (test/components.sh), or set {ServerVariable} to the connection string of a user who may create databases");
        }

        var server = new NpgsqlConnectionStringBuilder(_server);
        _database = $"westphalia_test_{Guid.NewGuid():N}";
        // The app creates the database when it migrates; a connection string starting Host= chooses PostgreSQL.
        var connection = $"Host={server.Host};Port={server.Port};Username={server.Username};Database={_database}";
        return server.Password is { } password ? $"{connection};Password={password}" : connection;
    }

    protected override void DropDatabase()
    {
        if (_server is null || _database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
