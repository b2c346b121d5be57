namespace Westphalia.Tests.Hostile;

/// <summary>The hostile <c>--set</c> values, each refused cleanly.</summary>
public sealed class HostileSetTests : HostileInputTests
{
    public static TheoryData<string> Cases => Names(HostileCases.Sets);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_set_value_is_refused_cleanly(string name) => Refused(name);
}
