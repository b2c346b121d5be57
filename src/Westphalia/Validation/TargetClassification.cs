namespace Westphalia.Validation;

/// <summary>
/// The kind of every figure a target reports, and why, in one table (docs/VALIDATION.md, "Two kinds of target", says
/// the same): a figure a parameter was set to meet, or that returns a parameter or a rule's direct consequence, is a
/// calibration figure; a validation figure is one nothing was tuned to, measured on <see cref="Replications.ValidationSeeds"/>.
/// </summary>
public static class TargetClassification
{
    private static readonly Dictionary<string, (TargetKind Kind, string Basis)> Table = new(StringComparer.Ordinal)
    {
        ["population-growth"] = (TargetKind.Calibration, "calibrate examples/calibration/demography.yaml fitted the transition's midpoint, schooling expansion and death-rate scale to UN WPP 2019 growth and rates of this period (seeds 1-4)"),
        ["life-expectancy"] = (TargetKind.Calibration, "the Preston slope was fitted to WDI 2019 and its intercept calibrated to WPP 2019's 67.5 years in 2000-2005 (examples/calibration/demography.yaml, seeds 1-4)"),
        ["geosim"] = (TargetKind.Calibration, "the choices Cederman's article leaves open (war clusters, who bears damage, the scale of war sizes) were settled while this target was run: a docking check, not an independent test"),
        ["geosim/slope-distribution"] = (TargetKind.Calibration, "the same open choices were settled while the geosim target was run; the exact tests compare the runs' slopes with Table 1's as samples (a docking study)"),
        ["geosim/war-count"] = (TargetKind.Calibration, "the same open choices, among them what the war shadow applies to, decide how battles gather into wars; the exact test compares the wars per run with Table 1's"),
        ["civil-war/onset-rate"] = (TargetKind.Calibration, "onsets are drawn from Fearon and Laitin's own Model 1 (parameters.civil_war), so the rate follows from their coefficients"),
        ["civil-war/logit"] = (TargetKind.Calibration, "re-estimates the Fearon-Laitin coefficients that generate the onsets: a check that the hazard is implemented, not evidence"),
        ["civil-war/duration"] = (TargetKind.Calibration, "parameters.civil_war.victory is fitted to a seven-year mean by calibrate examples/calibration/civil-war.yaml on seeds 1-20; settlement was set by hand toward it"),
        ["civil-war/relapse"] = (TargetKind.Calibration, "parameters.civil_war.post_war is fitted to Walter's 57% by the same calibration"),
        ["peacekeeping"] = (TargetKind.Validation, "a mission monitors the settlement (the post-war and instability terms of the hazard) and protects civilians; no parameter is a cut in the hazard, and none was set to this figure"),
        ["collective-security/survival"] = (TargetKind.Validation, "a collective-security government decides on war by the same odds as a realist one; nothing is set to how often either survives: the effect comes from deterrence and defence; validation seeds"),
        ["collective-security/endurance"] = (TargetKind.Validation, "nothing is set to how many states a world of collective-security states keeps; its states may attack, and are deterred by the coalition; validation seeds"),
        ["terrorism"] = (TargetKind.Validation, "nothing draws severities from a power law: an attack kills in proportion to the size of its network's group, and group sizes come from coalescence and police break-up (rates reasoned, not fitted); validation seeds"),
        ["war-severity"] = (TargetKind.Validation, "nothing sets the size of interstate wars to a power law; sixty runs, declared before looking, on the validation seeds"),
        ["civil-conflict/war-intensity"] = (TargetKind.Validation, "nothing is set to the share of conflict-years at war intensity"),
        ["civil-conflict/victory-share"] = (TargetKind.Validation, "nothing is set to how civil wars end across outcomes; the victory rate was fitted to the mean duration and the settlement rate set toward it, nothing to the shares"),
        ["civil-conflict/low-activity-share"] = (TargetKind.Validation, "nothing is set to how many civil wars end by low activity; the ending follows UCDP's 25-death definition and the insurgency's growth is set from case histories"),
        ["civil-conflict/per-head"] = (TargetKind.Validation, "nothing is set to how many conflicts a billion people have; the onset hazard is Fearon and Laitin's, per state"),
        ["consolidation/empire"] = (TargetKind.Validation, "nothing in the realist doctrine or interstate war is set to how often a system ends in empire"),
        ["consolidation/state-survival"] = (TargetKind.Validation, "nothing is set to how long states of a realist system live"),
        ["war-frequency"] = (TargetKind.Validation, "nothing sets how often states go to war to the record; crises, alliances and attack rates were reasoned, not fitted"),
        ["state-death/un-contrast"] = (TargetKind.Validation, "nothing sets how often states die, with or without the UN"),
        ["state-death/buffer"] = (TargetKind.Validation, "nothing sets which states die; buffer states are marked in cold-war but no rule singles them out"),
        ["demography-path/population-2099"] = (TargetKind.Validation, "demography was calibrated on 2000-2019 only (examples/calibration/demography.yaml, seeds 1-4); nothing was set to the path after 2020"),
        ["demography-path/life-expectancy-gain"] = (TargetKind.Validation, "the pace of health progress was calibrated on the 2002-2017 gain and its slowing taken from the literature; nothing was set to the gain after 2020"),
    };

    /// <summary>The figures classified, by name.</summary>
    public static IReadOnlyCollection<string> Names => Table.Keys;

    /// <summary>The kind and basis of the figure named <paramref name="name"/>; an unclassified figure is a programming error.</summary>
    public static (TargetKind Kind, string Basis) Of(string name) =>
        Table.TryGetValue(name, out var entry) ? entry : throw new KeyNotFoundException($"validation figure '{name}' has no kind in TargetClassification");
}
