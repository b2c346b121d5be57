namespace Westphalia.Tests.Hostile;

/// <summary>The damaged run folders and checkpoints, each refused cleanly.</summary>
public sealed class HostileRunFolderTests : HostileInputTests
{
    public static TheoryData<string> Cases => Names(HostileCases.DamagedRunFolders);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_damaged_run_folder_or_checkpoint_is_refused_cleanly(string name) => Refused(name);

    [Fact]
    public void The_suite_has_at_least_eighty_cases_with_distinct_names()
    {
        Assert.True(HostileCases.All.Count >= 80, $"{HostileCases.All.Count} cases");
        Assert.Equal(HostileCases.All.Count, HostileCases.All.Select(c => c.Name).Distinct().Count());
    }
}
