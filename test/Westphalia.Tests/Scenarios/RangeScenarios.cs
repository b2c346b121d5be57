using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using CsCheck;
using Westphalia.Doctrines;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Scenarios;

/// <summary>
/// Scenarios whose every <see cref="RangeAttribute"/>-annotated field under the parameters, the grid generator and the
/// doctrines' parameters is drawn from its declared range (booleans and enums too), found by reflection so that a new
/// parameter is covered the day it is added. Endpoints are drawn often: extremes are where things break. The grid is
/// kept small (at most 12×12) so that a run is fast; an explicit world of one to four regions covers the ranges of
/// explicit regions (up to 10^11 people at $10^7 a head).
/// </summary>
internal static class RangeScenarios
{
    /// <summary>Unit draws per scenario: more than there are fields, so every field gets its own.</summary>
    private const int Draws = 512;

    /// <summary>The parameter objects whose fields are drawn, found from a scenario.</summary>
    private static IEnumerable<object> ParameterObjects(Scenario scenario)
    {
        foreach (var property in ScenarioBinder.Fields(typeof(ModelParameters)))
        {
            yield return property.GetValue(scenario.Parameters)!;
        }

        var doctrines = scenario.Doctrines;
        foreach (var property in ScenarioBinder.Fields(typeof(DoctrineSettings)).Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(string)
                     && !p.PropertyType.IsGenericType))
        {
            yield return property.GetValue(doctrines)!;
        }
    }

    /// <summary>Scenarios of <paramref name="minYears"/> to <paramref name="maxYears"/> years, as YAML text.</summary>
    public static Gen<string> Yaml(int minYears, int maxYears, double explicitShare = 0.25) =>
        Gen.Select(Gen.Double.Unit.Array[Draws], Gen.Int[minYears, maxYears], Gen.ULong, Gen.Double.Unit)
            .Select((u, years, seed, kind) => WithoutComments(ScenarioWriter.ToYaml(Build(u, years, seed, kind < explicitShare))));

    /// <summary>
    /// Long runs on a tiny world (two states on a 2×1 grid, or an explicit world) with every parameter drawn as above and
    /// growth at its extremes half the time each: frontier growth 0.5, the highest birth rates and no natural deaths.
    /// </summary>
    public static Gen<string> LongTinyYaml(int years) =>
        Gen.Select(Gen.Double.Unit.Array[Draws], Gen.ULong, Gen.Double.Unit, Gen.Bool, Gen.Bool)
            .Select((u, seed, kind, fastEconomy, fastPeople) =>
            {
                var scenario = Build(u, years, seed, kind < 0.25);
                if (scenario.World.Generator is { } generator)
                {
                    (generator.Width, generator.Height, generator.States, generator.MajorPowers) = (2, 1, 2, Math.Min(generator.MajorPowers, 2));
                    Bound(generator);
                }

                if (fastEconomy)
                {
                    scenario.Parameters.Economy.FrontierGrowth = 0.5;
                }

                if (fastPeople)
                {
                    (scenario.Parameters.Demography.BirthRateMin, scenario.Parameters.Demography.BirthRateMax) = (0.2, 0.2);
                    scenario.Parameters.Demography.DeathRateScale = 0;
                }

                scenario.Doctrines.Assignments.Clear();
                return WithoutComments(ScenarioWriter.ToYaml(scenario));
            });

    /// <summary>The YAML without its documentation comments, so that a failing case prints short.</summary>
    private static string WithoutComments(string yaml) =>
        string.Join('\n', yaml.Split('\n').Where(line => !line.TrimStart().StartsWith('#')));

    /// <summary>A scenario from unit draws <paramref name="u"/> (one per field, in a fixed order).</summary>
    public static Scenario Build(double[] u, int years, ulong seed, bool explicitWorld)
    {
        var next = 0;
        double U() => u[next++ % u.Length];

        var scenario = new Scenario { Name = "range", Seed = seed, Years = years };
        // Dates are written as ISO dates: the run's years stay within 1..9999.
        scenario.StartYear = 1 + (int)Math.Floor(U() * (9999 - years + 1));
        foreach (var target in ParameterObjects(scenario))
        {
            DrawFields(target, U);
            KeepCrossFieldRules(target);
        }

        scenario.Mechanisms.Domestic = U() >= 0.1;
        scenario.Output.Cadence = U() < 0.3 ? OutputCadence.Monthly : OutputCadence.Yearly;
        var doctrines = DoctrineCatalog.Names.Order(StringComparer.Ordinal).ToArray();
        scenario.Doctrines.Default = doctrines[(int)(U() * doctrines.Length)];

        List<string> stateNames;
        if (explicitWorld)
        {
            stateNames = ExplicitWorld(scenario, U);
        }
        else
        {
            var generator = new GridGeneratorSpec();
            DrawFields(generator, U);
            generator.Width = 1 + (int)(U() * 12);
            generator.Height = 1 + (int)(U() * 12);
            var cells = generator.Width * generator.Height;
            generator.States = (int)Math.Round(Pick(U(), 1, cells, integer: true));
            generator.MajorPowers = (int)Math.Round(Pick(U(), 0, generator.SpreadMajorPowers ? Math.Min(generator.States, generator.Width) : generator.States, integer: true));
            Bound(generator);
            scenario.World.Generator = generator;
            stateNames = [.. Enumerable.Range(1, generator.States).Select(s => $"State {s}")];
        }

        foreach (var name in stateNames)
        {
            if (U() < 0.5)
            {
                scenario.Doctrines.Assignments[name] = doctrines[(int)(U() * doctrines.Length)];
            }
        }

        if (U() < 0.2)
        {
            scenario.Script.Add(new ScriptedEvent { Year = scenario.StartYear + (int)(U() * years), Month = 1 + (int)(U() * 12), CivilWar = stateNames[0] });
        }

        return scenario;
    }

    /// <summary>At the boundary of the population rule when the draw is beyond it: the expected world population is the ceiling.</summary>
    private static void Bound(GridGeneratorSpec generator)
    {
        if (generator.ExpectedPopulation > ModelBounds.WorldPopulationCeiling)
        {
            generator.MeanRegionPopulation *= ModelBounds.WorldPopulationCeiling / generator.ExpectedPopulation;
            while (generator.ExpectedPopulation > ModelBounds.WorldPopulationCeiling)
            {
                generator.MeanRegionPopulation = Math.BitDecrement(generator.MeanRegionPopulation);
            }
        }
    }

    /// <summary>One to four regions in a row, owned by one or two states, each field drawn from its range.</summary>
    private static List<string> ExplicitWorld(Scenario scenario, Func<double> u)
    {
        var count = 1 + (int)(u() * 4);
        var twoStates = count > 1 && u() < 0.7;
        var regions = new List<RegionSpec>();
        for (var i = 0; i < count; i++)
        {
            var region = new RegionSpec();
            DrawFields(region, u);
            region.Name = $"R{i}";
            region.Owner = twoStates && i >= count / 2 ? "S2" : "S1";
            if (u() < 0.5)
            {
                // Half the worlds on an ordinary map; the others at positions anywhere in the doubles.
                (region.X, region.Y) = (i, 0);
            }

            region.Neighbours = i > 0 ? [$"R{i - 1}"] : [];
            regions.Add(region);
        }

        var total = regions.Sum(r => (double)r.Population);
        if (total > ModelBounds.WorldPopulationCeiling)
        {
            // At the boundary of the rule: the regions together hold (just under) the ceiling.
            foreach (var region in regions)
            {
                region.Population = (long)Math.Floor(region.Population * (ModelBounds.WorldPopulationCeiling / total));
            }
        }

        List<StateSpec> states = [new StateSpec { Name = "S1", Capital = "R0" }];
        if (twoStates)
        {
            states.Add(new StateSpec { Name = "S2", Capital = $"R{count / 2}" });
        }

        scenario.World.Regions = regions;
        scenario.World.States = states;
        return [.. states.Select(s => s.Name)];
    }

    /// <summary>
    /// Brings fields drawn independently inside the documented rules that span several fields (the validation of each
    /// parameter class): ordered pairs are sorted, budget shares over 1 are scaled down to sum to 1 (the boundary, so
    /// it is drawn often), shares that must sum to 1 are normalised. The test's acceptance count shows when a new rule
    /// needs a line here.
    /// </summary>
    private static void KeepCrossFieldRules(object target)
    {
        switch (target)
        {
            case DemographyParameters d:
                (d.BirthRateMin, d.BirthRateMax) = (Math.Min(d.BirthRateMin, d.BirthRateMax), Math.Max(d.BirthRateMin, d.BirthRateMax));
                break;
            case HumanSecurityParameters h:
                (h.IncomeMin, h.IncomeMax) = StrictlyOrdered(h.IncomeMin, h.IncomeMax, 1, 1e7);
                (h.LifeExpectancyMin, h.LifeExpectancyMax) = StrictlyOrdered(h.LifeExpectancyMin, h.LifeExpectancyMax, 0, 150);
                break;
            case TransnationalThreatParameters t when t.DismantledBelow >= t.InitialStrength:
                t.DismantledBelow = t.InitialStrength / 2;
                break;
            case BalancedDoctrineParameters b:
                var shares = SumToOne([b.Military, b.Welfare, b.Police, b.Aid]);
                (b.Military, b.Welfare, b.Police, b.Aid) = (shares[0], shares[1], shares[2], shares[3]);
                break;
            case RealistDoctrineParameters r:
                var (max, police) = AtMostOne(r.MilitaryMax, r.Police);
                (r.MilitaryMax, r.Police, r.MilitaryMin) = (max, police, Math.Min(r.MilitaryMin, max));
                break;
            case HumanSecurityDoctrineParameters h:
                var hs = AtMostOne([h.Military, h.Police, h.Aid, h.CivilWarMilitary, h.CivilWarPolice]);
                (h.Military, h.Police, h.Aid, h.CivilWarMilitary, h.CivilWarPolice) = (hs[0], hs[1], hs[2], hs[3], hs[4]);
                break;
            case HumanDevelopmentDoctrineParameters h:
                (h.Military, h.Police) = AtMostOne(h.Military, h.Police);
                break;
            case CollectiveSecurityDoctrineParameters c:
                var cs = AtMostOne([c.Military, c.Police, c.Aid]);
                (c.Military, c.Police, c.Aid) = (cs[0], cs[1], cs[2]);
                break;
        }
    }

    private static (double, double) StrictlyOrdered(double a, double b, double min, double max)
    {
        (a, b) = (Math.Min(a, b), Math.Max(a, b));
        return a < b ? (a, b) : a > min ? (min, b) : (a, max);
    }

    private static (double, double) AtMostOne(double a, double b)
    {
        var both = AtMostOne([a, b]);
        return (both[0], both[1]);
    }

    /// <summary>The shares, scaled down to sum to exactly 1 (never a rounding error above it) when they sum to more.</summary>
    private static double[] AtMostOne(double[] shares)
    {
        var sum = shares.Sum();
        if (sum <= 1)
        {
            return shares;
        }

        var scaled = shares.Select(x => x / sum).ToArray();
        var over = scaled.Sum() - 1;
        var largest = Array.IndexOf(scaled, scaled.Max());
        scaled[largest] = Math.Max(0, scaled[largest] - Math.Max(over, 0));
        return scaled;
    }

    /// <summary>The shares normalised to sum to 1; all of it to the first when they are all zero.</summary>
    private static double[] SumToOne(double[] shares)
    {
        var sum = shares.Sum();
        return sum > 0 ? [.. shares.Select(x => x / sum)] : [1, .. shares.Skip(1).Select(_ => 0.0)];
    }

    /// <summary>Every settable numeric field with a range, every boolean and every enum of <paramref name="target"/>.</summary>
    public static void DrawFields(object target, Func<double> u)
    {
        foreach (var property in ScenarioBinder.Fields(target.GetType()))
        {
            var type = property.PropertyType;
            var range = property.GetCustomAttribute<RangeAttribute>();
            if (type == typeof(bool))
            {
                property.SetValue(target, u() < 0.5);
            }
            else if (type.IsEnum)
            {
                var values = Enum.GetValues(type);
                property.SetValue(target, values.GetValue((int)(u() * values.Length)));
            }
            else if (type == typeof(double) && range is null)
            {
                // Documented as any number (a Preston intercept, a map position): from the largest to the smallest.
                property.SetValue(target, AnyReal(u()));
            }
            else if (range is not null)
            {
                var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
                var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
                var integer = type != typeof(double);
                var x = Pick(u(), min, max, integer);
                property.SetValue(target, Convert.ChangeType(x, type, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Any finite real: ±the largest double a sixth of the time each, otherwise log-uniform in magnitude over 10^±300.</summary>
    public static double AnyReal(double u) =>
        u < 1.0 / 6 ? -double.MaxValue
        : u < 2.0 / 6 ? double.MaxValue
        : (u < 4.0 / 6 ? -1 : 1) * Math.Pow(10, -300 + (600 * ((u - (2.0 / 6)) % (2.0 / 6)) / (2.0 / 6)));

    /// <summary>
    /// A value in [min, max] from a unit draw: the minimum or the maximum a sixth of the time each, otherwise uniform
    /// or, for a positive range spanning orders of magnitude, log-uniform (so 10^15 does not crowd out 1).
    /// </summary>
    public static double Pick(double u, double min, double max, bool integer)
    {
        double x;
        if (u < 1.0 / 6 || max <= min)
        {
            x = min;
        }
        else if (u < 2.0 / 6)
        {
            x = max;
        }
        else
        {
            var v = (u - (2.0 / 6)) / (4.0 / 6);
            var w = v < 0.5 ? 2 * v : (2 * v) - 1;
            var low = min > 0 ? min : max * 1e-9;
            x = v < 0.5 || max <= 0 || max / low < 100 ? min + ((max - min) * w) : low * Math.Pow(max / low, w);
        }

        x = Math.Clamp(x, min, max);
        return integer ? Math.Clamp(Math.Round(x), Math.Ceiling(min), Math.Floor(max)) : x;
    }
}
