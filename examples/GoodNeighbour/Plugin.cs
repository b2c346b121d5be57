using Westphalia.Doctrines;

namespace GoodNeighbour;

/// <summary>What the westphalia command calls when it loads this assembly with --plugin: registers the doctrine by name.</summary>
public sealed class Plugin : IWestphaliaPlugin
{
    public void Register() =>
        DoctrineCatalog.Register<GoodNeighbourParameters>(GoodNeighbourDoctrine.DoctrineName, (parameters, voting) => new GoodNeighbourDoctrine(parameters, voting));
}
