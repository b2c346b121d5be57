namespace Westphalia.Tests.Hostile;

/// <summary>The hostile scenario files, each refused cleanly.</summary>
public sealed class HostileScenarioFileTests : HostileInputTests
{
    public static TheoryData<string> Cases => Names(HostileCases.ScenarioFiles);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_scenario_file_is_refused_cleanly(string name) => Refused(name);
}
