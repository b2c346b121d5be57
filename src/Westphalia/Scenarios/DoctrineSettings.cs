using Westphalia.Parameters;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

public sealed class DoctrineSettings : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Doctrine of every state not listed under assignments.")]
    public string Default { get; set; } = "balanced";

    [YamlMember(Order = 1, Description = "State name -> doctrine name, for states that differ from the default.")]
    public Dictionary<string, string> Assignments { get; set; } = [];

    [YamlMember(Order = 2, Description = "Parameters of the balanced doctrine.")]
    public BalancedDoctrineParameters Balanced { get; set; } = new();

    [YamlMember(Order = 3, Description = "Parameters of the realist doctrine: self-help, a Richardson arms race against the most threatening neighbour, no aid.")]
    public RealistDoctrineParameters Realist { get; set; } = new();

    [YamlMember(Order = 4, Description = "Parameters of the human-security doctrine (freedom from fear, the Canadian school): a large police share, a moderate military, modest aid, full protection of civilians, and budget moved from welfare to police and the military at civil war.")]
    public HumanSecurityDoctrineParameters HumanSecurity { get; set; } = new();

    [YamlMember(Order = 5, Description = "Parameters of the human-development doctrine (freedom from want, the UNDP school): a high welfare share, a low military, little police, and development aid at the UN target of 0.7% of output from states at or above the median income per capita.")]
    public HumanDevelopmentDoctrineParameters HumanDevelopment { get; set; } = new();

    [YamlMember(Order = 6, Description = "Parameters of the collective-security doctrine (liberal institutionalism): the UN first, forces pledged to its missions, full sharing through Interpol, a modest military, aid near the UN target.")]
    public CollectiveSecurityDoctrineParameters CollectiveSecurity { get; set; } = new();

    [YamlMember(Order = 7, Description = "How every doctrine turns its stance on a measure into a vote in the Security Council.")]
    public CouncilVotingParameters CouncilVoting { get; set; } = new();

    [YamlMember(Order = 8, Description = "Parameters of plug-in doctrines, by the doctrine's name (the plug-in must be loaded, with --plugin).")]
    public Dictionary<string, DoctrineParameters> Plugins { get; set; } = [];

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        var known = string.Join(", ", Westphalia.Doctrines.DoctrineCatalog.Names);
        if (!Westphalia.Doctrines.DoctrineCatalog.Exists(Default))
        {
            context.Error("default", $"unknown doctrine '{Default}'; known: {known}");
        }

        foreach (var (state, doctrine) in Assignments)
        {
            if (!Westphalia.Doctrines.DoctrineCatalog.Exists(doctrine))
            {
                context.Error($"assignments.{state}", $"unknown doctrine '{doctrine}'; known: {known}");
            }
        }
    }
}
