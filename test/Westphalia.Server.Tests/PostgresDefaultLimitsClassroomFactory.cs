namespace Westphalia.Server.Tests;

/// <summary>The classroom app on PostgreSQL with the server's own sign-in limit.</summary>
public sealed class PostgresDefaultLimitsClassroomFactory : PostgresClassroomFactory
{
    protected override int? SignInAttemptsPerMinute => null;
}
