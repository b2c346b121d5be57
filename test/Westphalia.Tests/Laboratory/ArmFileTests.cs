using Westphalia.Laboratory;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Laboratory;

public class ArmFileTests
{
    [Fact]
    public void An_arm_file_gives_each_arm_its_doctrine_then_its_assignments_then_its_other_changes()
    {
        var arms = ArmFile.Parse("""
            arms:
              - name: all realist
                doctrine: realist
              - name: mixed
                assignments: { State 1: human-security, State 2: collective-security }
                set: ["parameters.united_nations.enabled=false"]
                doctrine: realist
            """, "arms.yaml");
        Assert.Equal(["all realist", "mixed"], arms.Select(a => a.Name));
        Assert.Equal(["doctrines.default=realist", "doctrines.assignments={}"], arms[0].Overrides);
        Assert.Equal(
            ["doctrines.default=realist", "doctrines.assignments={}", "doctrines.assignments.State 1=human-security",
             "doctrines.assignments.State 2=collective-security", "parameters.united_nations.enabled=false"],
            arms[1].Overrides);

        // The changes make the scenario they describe.
        var scenario = ScenarioLoader.Load("default", [.. arms[1].Overrides]);
        Assert.Equal("realist", scenario.Doctrines.Default);
        Assert.Equal("human-security", scenario.Doctrines.Assignments["State 1"]);
        Assert.False(scenario.Parameters.UnitedNations.Enabled);
    }

    [Theory]
    [InlineData("arms:\n  - name: a\n    doctrine: pacifist\n", "arms.yaml:3:15: arms[0].doctrine: unknown doctrine")]
    [InlineData("arms:\n  - name: a\n  - name: a\n", "arms.yaml:3:5: arms[1].name: a second arm named 'a'")]
    [InlineData("arms:\n  - doctrine: realist\n", "arms.yaml:2:5: arms[0]: the arm has no name")]
    [InlineData("arms:\n  - name: a\n    colour: red\n", "arms.yaml:3:5: arms[0].colour: unknown field")]
    [InlineData("arms:\n  - name: a\n    set: [no-equals]\n", "arms.yaml:3:11: arms[0].set: a change in the --set syntax")]
    [InlineData("arms:\n  - name: a\n    assignments: { State 1: nobody }\n", "arms.yaml:3:29: arms[0].assignments.State 1: unknown doctrine")]
    [InlineData("arms: []\n", "arms.yaml:1:7: arms: the list of arms is empty")]
    [InlineData("name: x\n", "arms.yaml: holds no list of arms")]
    [InlineData("arms: [\n", "arms.yaml:2:1: not valid YAML")]
    public void A_bad_arm_file_is_refused_with_its_place(string text, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => ArmFile.Parse(text, "arms.yaml"));
        Assert.StartsWith(expected, e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_not_only_the_first()
    {
        var e = Assert.Throws<ScenarioException>(() => ArmFile.Parse("arms:\n  - name: a\n    doctrine: x\n  - doctrine: y\n", "arms.yaml"));
        Assert.Equal(3, e.Errors.Count);
    }
}
