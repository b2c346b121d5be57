namespace Westphalia.Doctrines;

/// <summary>
/// The entry point of a plug-in assembly: the <c>westphalia</c> command loads an assembly given with <c>--plugin</c>,
/// creates every public class that implements this interface (with its parameterless constructor) and calls
/// <see cref="Register"/>, which registers the plug-in's doctrines (<see cref="DoctrineCatalog.Register{TParameters}"/>).
/// </summary>
public interface IWestphaliaPlugin
{
    void Register();
}
