using Westphalia.Parameters;

namespace Westphalia.Scenarios;

/// <summary>Builds a world from a scenario's explicit regions and states (already validated).</summary>
public static class ExplicitWorldBuilder
{
    public static World Build(WorldSpec spec, EconomyParameters economy, int stateCapacity = 0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(economy);
        var regionSpecs = spec.Regions ?? [];
        var stateSpecs = spec.States ?? [];
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var stateIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < regionSpecs.Count; i++)
        {
            regionIndex[regionSpecs[i].Name] = i;
        }

        for (var i = 0; i < stateSpecs.Count; i++)
        {
            stateIndex[stateSpecs[i].Name] = i;
        }

        var regions = new RegionTable(regionSpecs.Count);
        var edges = new List<(int, int)>();
        for (var i = 0; i < regionSpecs.Count; i++)
        {
            var r = regionSpecs[i];
            regions.Name[i] = r.Name;
            regions.X[i] = r.X;
            regions.Y[i] = r.Y;
            regions.Owner[i] = stateIndex[r.Owner];
            regions.Population[i] = r.Population;
            regions.IncomePerCapita[i] = r.IncomePerCapita;
            regions.Ruggedness[i] = r.Ruggedness;
            regions.Oil[i] = r.Oil;
            regions.Productivity[i] = r.IncomePerCapita / economy.FrontierIncome;
            foreach (var n in r.Neighbours)
            {
                edges.Add((i, regionIndex[n]));
            }
        }

        var states = new StateTable(Math.Max(stateSpecs.Count, stateCapacity));
        for (var s = 0; s < stateSpecs.Count; s++)
        {
            states.Name[s] = stateSpecs[s].Name;
            states.Capital[s] = regionIndex[stateSpecs[s].Capital];
            states.Alive[s] = true;
            states.FoundedTick[s] = 0;
            states.Identity[s] = s;
            states.CowCode[s] = stateSpecs[s].CowCode ?? -1;
            states.GwCode[s] = stateSpecs[s].GwCode ?? -1;
            states.Iso3[s] = stateSpecs[s].Iso3 ?? "";
        }

        return new World(regions, Adjacency.FromEdges(regionSpecs.Count, edges), states);
    }
}
