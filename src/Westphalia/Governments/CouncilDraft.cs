using Westphalia.Mechanisms;

namespace Westphalia.Governments;

/// <summary>
/// A draft resolution put to a member of the Security Council: the measure and its target, how the member stands to
/// the target (the target itself, an ally, in a rival alliance), and the member's private signal, a normal deviate
/// scaled by the United Nations' <c>vote_noise</c> that stands for everything else that moves a vote.
/// </summary>
public readonly record struct CouncilDraft(UnMeasure Measure, int Target, bool IsTarget, bool Allied, bool Rival, double Signal);
