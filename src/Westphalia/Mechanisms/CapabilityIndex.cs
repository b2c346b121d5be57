namespace Westphalia.Mechanisms;

/// <summary>
/// A composite index of national capability in the manner of the Correlates of War CINC (Singer, Bremer &amp;
/// Stuckey 1972): the mean of a state's shares of the world's military spending, forces in being, population and
/// output. Output stands in for CINC's two industrial components and forces in being for military personnel.
/// </summary>
public sealed class CapabilityIndex(World world) : IMechanism
{
    public string Name => "Capability index";

    public void Initialise(in TickContext context) => Step(context);

    public void Step(in TickContext context)
    {
        var states = world.States;
        double milex = 0, forces = 0, population = 0, output = 0;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s])
            {
                continue;
            }

            milex += states.MilitarySpending[s];
            forces += states.MilitaryCapability[s];
            population += states.Population[s];
            output += states.Output[s];
        }

        for (var s = 0; s < states.Count; s++)
        {
            states.Cinc[s] = states.Alive[s]
                ? (Share(states.MilitarySpending[s], milex) + Share(states.MilitaryCapability[s], forces)
                    + Share(states.Population[s], population) + Share(states.Output[s], output)) / 4
                : 0;
        }
    }

    private static double Share(double x, double total) => total > 0 ? x / total : 0;
}
