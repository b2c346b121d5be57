using System.Globalization;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Server.Components.Pages;

/// <summary>Orders as the team page's form holds them, and back: the parsing the page does before the engine checks the orders.</summary>
public static class OrdersText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The orders a form asks for, or the reason they cannot be read.</summary>
    public static (Orders? Orders, string? Error) Parse(OrdersForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<string>();
        double? Number(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (double.TryParse(text.Trim(), NumberStyles.Float, Inv, out var value))
            {
                return value;
            }

            errors.Add($"{field}: '{text.Trim()}' is not a number (write 0.25, with a point)");
            return null;
        }

        bool? Flag(string? text, string field)
        {
            switch (text?.Trim())
            {
                case null or "":
                    return null;
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    errors.Add($"{field}: give true, false or nothing");
                    return null;
            }
        }

        var budget = new BudgetOrders
        {
            TaxRate = Number(form.TaxRate, "tax rate"),
            Military = Number(form.Military, "military"),
            Welfare = Number(form.Welfare, "welfare"),
            Police = Number(form.Police, "police"),
            Aid = Number(form.Aid, "aid"),
            Protection = Number(form.Protection, "protection"),
            Sharing = Number(form.Sharing, "sharing"),
            Peacekeeping = Number(form.Peacekeeping, "peacekeeping"),
        };
        List<string>? targets = string.IsNullOrWhiteSpace(form.Targets)
            ? null
            : [.. form.Targets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        var war = new WarOrders
        {
            Attack = Flag(form.Attack, "attack"),
            Targets = targets,
            Concede = Flag(form.Concede, "concede"),
            Escalate = Flag(form.Escalate, "escalate"),
            Settle = Flag(form.Settle, "settle"),
            StandByVictims = Flag(form.StandByVictims, "stand by victims"),
        };
        var alliances = new AllianceOrders
        {
            Ally = string.IsNullOrWhiteSpace(form.Ally) ? null : form.Ally.Trim(),
            Leave = Flag(form.Leave, "leave"),
        };
        var treaties = new TreatyOrders { Sign = Flag(form.Sign, "sign"), Cheat = Flag(form.Cheat, "cheat") };
        UnVote? vote = form.CouncilDefault?.Trim() switch
        {
            null or "" => null,
            "yes" => UnVote.Yes,
            "no" => UnVote.No,
            "abstain" => UnVote.Abstain,
            _ => Fail("Council vote: give yes, no, abstain or nothing"),
        };
        UnVote? Fail(string error)
        {
            errors.Add(error);
            return null;
        }

        if (errors.Count > 0)
        {
            return (null, string.Join("; ", errors));
        }

        var orders = new Orders
        {
            Budget = budget is { TaxRate: null, Military: null, Welfare: null, Police: null, Aid: null, Protection: null, Sharing: null, Peacekeeping: null } ? null : budget,
            War = war is { Attack: null, Targets: null, Concede: null, Escalate: null, Settle: null, StandByVictims: null } ? null : war,
            Alliances = alliances is { Ally: null, Leave: null } ? null : alliances,
            Treaties = treaties is { Sign: null, Cheat: null } ? null : treaties,
            Council = vote is null ? null : new CouncilOrders { Default = vote },
        };
        return (orders, null);
    }

    /// <summary>The form that shows orders already given for <paramref name="turn"/> (an empty one for none).</summary>
    public static OrdersForm Show(Orders? orders, int turn)
    {
        static string? N(double? v) => v?.ToString("R", Inv);
        static string? F(bool? v) => v switch { true => "true", false => "false", null => null };
        var b = orders?.Budget;
        var w = orders?.War;
        return new OrdersForm
        {
            Turn = turn,
            TaxRate = N(b?.TaxRate),
            Military = N(b?.Military),
            Welfare = N(b?.Welfare),
            Police = N(b?.Police),
            Aid = N(b?.Aid),
            Protection = N(b?.Protection),
            Sharing = N(b?.Sharing),
            Peacekeeping = N(b?.Peacekeeping),
            Attack = F(w?.Attack),
            Targets = w?.Targets is { } t ? string.Join(", ", t) : null,
            Concede = F(w?.Concede),
            Escalate = F(w?.Escalate),
            Settle = F(w?.Settle),
            StandByVictims = F(w?.StandByVictims),
            Ally = orders?.Alliances?.Ally,
            Leave = F(orders?.Alliances?.Leave),
            Sign = F(orders?.Treaties?.Sign),
            Cheat = F(orders?.Treaties?.Cheat),
            CouncilDefault = orders?.Council?.Default switch { UnVote.Yes => "yes", UnVote.No => "no", UnVote.Abstain => "abstain", _ => null },
        };
    }
}
