using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Parameters of every mechanism; each default is documented with its source in docs/ODD.md.</summary>
public sealed class ModelParameters
{
    [YamlMember(Order = 0)]
    public EconomyParameters Economy { get; set; } = new();

    [YamlMember(Order = 1)]
    public DemographyParameters Demography { get; set; } = new();

    [YamlMember(Order = 2)]
    public HealthAndFoodParameters HealthAndFood { get; set; } = new();

    [YamlMember(Order = 3)]
    public PublicSafetyParameters PublicSafety { get; set; } = new();

    [YamlMember(Order = 4)]
    public MilitaryParameters Military { get; set; } = new();

    [YamlMember(Order = 5)]
    public AidParameters Aid { get; set; } = new();

    [YamlMember(Order = 6)]
    public HumanSecurityParameters HumanSecurity { get; set; } = new();

    [YamlMember(Order = 7)]
    public InterstateWarParameters InterstateWar { get; set; } = new();

    [YamlMember(Order = 8)]
    public AllianceParameters Alliances { get; set; } = new();

    [YamlMember(Order = 9)]
    public CivilWarParameters CivilWar { get; set; } = new();

    [YamlMember(Order = 10)]
    public WarEffectsParameters WarEffects { get; set; } = new();

    [YamlMember(Order = 11)]
    public UnitedNationsParameters UnitedNations { get; set; } = new();

    [YamlMember(Order = 12)]
    public TransnationalThreatParameters TransnationalThreats { get; set; } = new();

    [YamlMember(Order = 13)]
    public InterpolParameters Interpol { get; set; } = new();

    [YamlMember(Order = 14)]
    public TreatyParameters Treaties { get; set; } = new();
}
