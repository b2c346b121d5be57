using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// Interpol: national police detect the cells of transnational networks, the detecting state shares what it learns with
/// the other members as a notice, and information held about a network helps a state's police against it
/// (docs/ODD.md, submodel Transnational threats and Interpol, with the source or the reasoning for every default).
/// </summary>
public sealed class InterpolParameters
{
    [YamlMember(Order = 0, Description = "Whether states share what their police learn through Interpol. Off: every state keeps its own findings (no notices are sent), and sharing costs nothing.")]
    public bool Enabled { get; set; } = true;

    [YamlMember(Order = 1, Description = "How fast a notice reaches the members: letters (before the internet: after letter_latency_months) or internet (in the month it is issued; Interpol's I-24/7 network since 2002). Default internet.")]
    public InterpolEra Era { get; set; } = InterpolEra.Internet;

    [YamlMember(Order = 2, Description = "Months a notice takes to reach the members in the letters era. Default 3 (reasoned: about a month each to draft, translate and approve the notice at the General Secretariat, to print and mail it to the National Central Bureaus, and for each bureau to pass it to its police).")]
    [Range(0, 120)]
    public int LetterLatencyMonths { get; set; } = 3;

    [YamlMember(Order = 3, Description = "Detections a year of a network's cell in a region by police at full capacity (capacity s(pi) = pi/(pi + police_half_share) times the privacy factor); each month a cell is detected with probability 1 - exp(-detection x capacity / 12). Default 1.0 (reasoned: at the reference police effort about one cell in twenty is found each month, so a cell goes undetected for a year and a half or so).")]
    [Range(0, 1000)]
    public double Detection { get; set; } = 1.0;

    [YamlMember(Order = 4, Description = "Months for which information about a network stays useful after it reached a state (cells reorganise, members move). Default 12 (reasoned).")]
    [Range(1, 1200)]
    public int InformationMonths { get; set; } = 12;

    [YamlMember(Order = 5, Description = "Information held about a network multiplies the police's suppression of its cells and interdiction of its attacks by 1 + information_effect. Default 1.0: information doubles both hazards (reasoned: intelligence turns a search into a targeted operation; most foiled plots were foiled on information, Strom et al. 2010, Building on Clues).")]
    [Range(0, 100)]
    public double InformationEffect { get; set; } = 1.0;

    [YamlMember(Order = 6, Description = "Sovereignty and privacy cost of sharing: a state's police capacity is multiplied by 1 - privacy_cost x its sharing level (legal review, data protection, informants who will not talk to police that pass on what they hear). Default 0.1: sharing everything costs a tenth of police effectiveness (reasoned).")]
    [Range(0, 1)]
    public double PrivacyCost { get; set; } = 0.1;
}
