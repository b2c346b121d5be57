namespace Westphalia.Laboratory;

/// <summary>
/// A claim of the seeds run as an experiment: a scenario, a baseline arm and a treatment arm on the same seeds, the
/// outcomes that bear on the claim, and the direction the claim predicts for the first of them (+1: the treatment
/// raises it; −1: lowers it). The conclusion is drawn from the paired difference's 95% interval on that outcome. The
/// caveat says, where it applies, what in the model's own rules decides the result before any run.
/// </summary>
public sealed record Experiment(
    string Name,
    string Title,
    string Claim,
    string Source,
    string Scenario,
    IReadOnlyList<string> Common,
    Arm Baseline,
    Arm Treatment,
    IReadOnlyList<Outcome> Outcomes,
    int Predicted,
    int Seeds,
    string Caveat = "");
