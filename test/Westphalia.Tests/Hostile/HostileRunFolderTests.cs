namespace Westphalia.Tests.Hostile;

/// <summary>The damaged run folders and checkpoints, each refused cleanly.</summary>
public sealed class HostileRunFolderTests : HostileInputTests
{
    public static TheoryData<string> Cases => Names(HostileCases.DamagedRunFolders);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_damaged_run_folder_or_checkpoint_is_refused_cleanly(string name) => Refused(name);

}
