namespace Westphalia.Tests.Hostile;

/// <summary>The hostile command lines, each refused cleanly.</summary>
public sealed class HostileCommandLineTests : HostileInputTests
{
    public static TheoryData<string> Cases => Names(HostileCases.CommandLines);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_command_line_is_refused_cleanly(string name) => Refused(name);
}
