namespace Westphalia.Server.Tests;

/// <summary>The classroom app with the server's own sign-in limit.</summary>
public sealed class DefaultLimitsClassroomFactory : ClassroomFactory
{
    protected override int? SignInAttemptsPerMinute => null;
}
