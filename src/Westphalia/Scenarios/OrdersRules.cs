using Westphalia.Doctrines;

namespace Westphalia.Scenarios;

/// <summary>
/// The governments a scenario gives by orders must name states of the initial map, one government a state, a known
/// fallback doctrine, and orders in the run, in the order of their months, naming known states (docs/ODD.md §7.1).
/// </summary>
internal static class OrdersRules
{
    public static void Check(Scenario scenario, ScenarioValidationContext context)
    {
        var names = WorldFactory.InitialStateNames(scenario);
        var generated = names is null;
        var count = WorldFactory.InitialStateCount(scenario);
        bool Exists(string name) => generated ? GridWorldGenerator.StateIndex(name, count) >= 0 : names!.Contains(name);
        var governed = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = scenario.StartYear + scenario.Years - 1;
        for (var g = 0; g < scenario.Governments.Count; g++)
        {
            var spec = scenario.Governments[g];
            var at = $"governments[{g}]";
            if (!Exists(spec.State))
            {
                context.Error($"{at}.state", $"no state is named '{ScenarioLoader.Shorten(spec.State)}'");
            }
            else if (!governed.TryAdd(spec.State, g))
            {
                context.Error($"{at}.state", $"'{ScenarioLoader.Shorten(spec.State)}' is already governed by governments[{governed[spec.State]}]; a state has one government");
            }

            if (string.IsNullOrWhiteSpace(spec.Name))
            {
                context.Error($"{at}.name", "give the government a name (it is recorded in the outputs)");
            }

            if (spec.Fallback.Length > 0 && !DoctrineCatalog.Exists(spec.Fallback))
            {
                context.Error($"{at}.fallback", $"unknown doctrine '{ScenarioLoader.Shorten(spec.Fallback)}'; known: {string.Join(", ", DoctrineCatalog.Names)}");
            }

            var previous = int.MinValue;
            for (var o = 0; o < spec.Orders.Count; o++)
            {
                var orders = spec.Orders[o];
                var where = $"{at}.orders[{o}]";
                var month = (orders.Year * 12) + orders.Month;
                if (orders.Year < scenario.StartYear || orders.Year > last)
                {
                    context.Error($"{where}.year", $"{orders.Year} is outside the run ({scenario.StartYear} to {last})");
                }
                else if (month <= previous)
                {
                    context.Error($"{where}.month", "orders must come in the order of their months, each later than the one before");
                }

                previous = month;
                foreach (var (target, k) in (orders.War?.Targets ?? []).Select((t, k) => (t, k)))
                {
                    if (!Exists(target))
                    {
                        context.Error($"{where}.war.targets[{k}]", $"no state is named '{ScenarioLoader.Shorten(target)}'");
                    }
                }

                if (orders.Alliances?.Ally is { } ally && ally != "none" && !Exists(ally))
                {
                    context.Error($"{where}.alliances.ally", $"no state is named '{ScenarioLoader.Shorten(ally)}' (or give 'none')");
                }

                foreach (var state in orders.Arm?.Keys ?? Enumerable.Empty<string>())
                {
                    if (!Exists(state))
                    {
                        context.Error($"{where}.arm.{state}", $"no state is named '{ScenarioLoader.Shorten(state)}'");
                    }
                }
            }
        }
    }
}
