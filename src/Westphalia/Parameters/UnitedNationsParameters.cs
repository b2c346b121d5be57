using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// The United Nations: membership, the Security Council and the measures it can adopt (docs/ODD.md, United Nations),
/// with the Charter's numbers as defaults.
/// </summary>
public sealed class UnitedNationsParameters
{
    [YamlMember(Order = 0, Description = "Whether the United Nations exists in the run at all.")]
    public bool Enabled { get; set; } = true;

    [YamlMember(Order = 1, Description = "Year the Charter enters into force: from its first January on, every living state is a member and the Council sits. Default 1945.")]
    [Range(-10000, 10000)]
    public int FoundingYear { get; set; } = 1945;

    [YamlMember(Order = 2, Description = "Permanent members, each with a veto: the strongest states by capability index when the Council first sits. Default 5 (Charter Art. 23).")]
    [Range(0, 100)]
    public int PermanentMembers { get; set; } = 5;

    [YamlMember(Order = 3, Description = "Elected members. Default 10 (Charter Art. 23, as amended in 1965).")]
    [Range(0, 100)]
    public int ElectedMembers { get; set; } = 10;

    [YamlMember(Order = 4, Description = "Years an elected member serves; half the seats are filled each January. Default 2 (Art. 23).")]
    [Range(1, 100)]
    public int TermYears { get; set; } = 2;

    [YamlMember(Order = 5, Description = "Affirmative votes a draft needs, with no permanent member voting against. Default 9 (Art. 27(3)).")]
    [Range(1, 200)]
    public int VotesToPass { get; set; } = 9;

    [YamlMember(Order = 6, Description = "Spread of the random part of a member's leaning on a draft (its doctrine and alignment set the rest). Default 0.3.")]
    [Range(0, 10)]
    public double VoteNoise { get; set; } = 0.3;

    [YamlMember(Order = 7, Description = "Share of its output a sanctioned state loses a year. Default 0.03 (Hufbauer et al. 2007: sanctions cost targets a few percent of GNP).")]
    [Range(0, 1)]
    public double SanctionsCost { get; set; } = 0.03;

    [YamlMember(Order = 8, Description = "Share of the sanctions' cost each ally of the target lets leak away by trading on; leaks compound. Default 0.25.")]
    [Range(0, 1)]
    public double SanctionsLeak { get; set; } = 0.25;

    [YamlMember(Order = 9, Description = "Years sanctions stay in force. Default 3.")]
    [Range(0, 100)]
    public double SanctionsYears { get; set; } = 3;

    [YamlMember(Order = 10, Description = "Years a peacekeeping mission stays after a civil war. Default 5 (Fortna 2008: missions typically stay for years after a ceasefire).")]
    [Range(0, 100)]
    public double PeacekeepingYears { get; set; } = 5;

    [YamlMember(Order = 11, Description = "How fully a mission guarantees its host's settlement: the share of the civil-war hazard's post-war (conflict-trap) and instability terms it takes away while it is there. Default 1, a full third-party guarantee (Walter 2002; Fortna 2008, ch. 4).")]
    [Range(0, 1)]
    public double PeacekeepingMonitoring { get; set; } = 1;

    [YamlMember(Order = 12, Description = "Yearly cost of a mission as a share of the host's output, paid from the members' pledges. Default 0.005 (UN missions have cost from well under 1% to several percent of their hosts' GDP).")]
    [Range(0, 10)]
    public double PeacekeepingCost { get; set; } = 0.005;

    [YamlMember(Order = 13, Description = "Share of the government's one-sided violence a protection force authorised under the Responsibility to Protect prevents. Default 0.8.")]
    [Range(0, 1)]
    public double ProtectionForceEffect { get; set; } = 0.8;

    [YamlMember(Order = 14, Description = "Years a protection force stays. Default 3.")]
    [Range(0, 100)]
    public double ProtectionYears { get; set; } = 3;

    [YamlMember(Order = 15, Description = "The norm of territorial integrity: how much more superiority an attack needs once the UN exists (the attack threshold is multiplied by 1 + this). Default 0.25 (Zacher 2001: conquest nearly ceased after 1945, though interstate wars did not).")]
    [Range(0, 100)]
    public double TerritorialNorm { get; set; } = 0.25;

    [YamlMember(Order = 16, Description = "Share of the government's one-sided violence a peacekeeping mission prevents if war breaks out again while it is there. Default 0.5 (Hultman, Kathman & Shannon 2013: more UN troops, fewer civilians killed).")]
    [Range(0, 1)]
    public double PeacekeepingProtection { get; set; } = 0.5;

    [YamlMember(Order = 16, Description = "Years an authorisation of collective enforcement against an aggressor lasts: the pledging members' forces stand by its victims. Default 2.")]
    [Range(0, 100)]
    public double EnforcementYears { get; set; } = 2;

    [YamlMember(Order = 17, Description = "Share of the pledging members' forces in being that an authorised enforcement adds to a victim's defence (times the member's pledge). Default 1.")]
    [Range(0, 100)]
    public double EnforcementStrength { get; set; } = 1;

    [YamlMember(Order = 18, Description = "Deaths of a terror attack that put terrorism on the Council's agenda. Default 100.")]
    [Range(1, 1e9)]
    public double TerrorDeaths { get; set; } = 100;

    [YamlMember(Order = 19, Description = "Years a Council call to share information against terrorism lasts. Default 2.")]
    [Range(0, 100)]
    public double CounterTerrorismYears { get; set; } = 2;

    [YamlMember(Order = 20, Description = "The least every member shares through Interpol while such a call is in force. Default 0.8 (after resolution 1373 of 2001).")]
    [Range(0, 1)]
    public double CounterTerrorismSharing { get; set; } = 0.8;
}
