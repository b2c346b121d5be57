using Westphalia.Doctrines;
using Westphalia.Parameters;

namespace GoodNeighbour;

/// <summary>
/// "A state best maintains its security by ensuring the security of others": a modest military, full co-operation
/// with Interpol and the UN, and more aid while a neighbour is at civil war, taken from welfare at home. In the Council,
/// with treaties and in war it follows its parameters (never the first to attack, standing by victims of aggression).
/// </summary>
public sealed class GoodNeighbourDoctrine(GoodNeighbourParameters parameters, CouncilVotingParameters voting) : Doctrine(parameters, voting)
{
    public const string DoctrineName = "good-neighbour";

    public override string Name => DoctrineName;

    public override Policy Decide(in StateView view)
    {
        var troubled = false;
        foreach (var neighbour in view.Neighbours)
        {
            troubled |= view.IsAlive(neighbour) && view.AtCivilWarOf(neighbour);
        }

        var aid = parameters.Aid + (troubled ? parameters.Surge : 0);
        var welfare = Math.Max(0, 1 - parameters.Military - parameters.Police - aid);
        return new Policy(parameters.TaxRate, parameters.Military, welfare, parameters.Police, aid)
        {
            Protection = 1,
            Sharing = 1,
            Peacekeeping = parameters.Peacekeeping,
        };
    }
}
