namespace Westphalia.Server.Components.Pages;

/// <summary>
/// The fields of a team's orders form as posted: text, parsed by the page (numbers with the invariant culture; an empty
/// field is left to the doctrine). <see cref="Turn"/> is the turn the page showed.
/// </summary>
public sealed class OrdersForm
{
    public int Turn { get; set; }

    public string? TaxRate { get; set; }

    public string? Military { get; set; }

    public string? Welfare { get; set; }

    public string? Police { get; set; }

    public string? Aid { get; set; }

    public string? Protection { get; set; }

    public string? Sharing { get; set; }

    public string? Peacekeeping { get; set; }

    public string? Attack { get; set; }

    public string? Concede { get; set; }

    public string? Escalate { get; set; }

    public string? Settle { get; set; }

    public string? StandByVictims { get; set; }

    public string? Leave { get; set; }

    public string? Sign { get; set; }

    public string? Cheat { get; set; }

    public string? Targets { get; set; }

    public string? Ally { get; set; }

    public string? CouncilDefault { get; set; }
}
