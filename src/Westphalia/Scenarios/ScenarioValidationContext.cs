using YamlDotNet.RepresentationModel;

namespace Westphalia.Scenarios;

/// <summary>Reports errors for fields below one scenario node, located at the nearest node that exists in the file.</summary>
public sealed class ScenarioValidationContext
{
    private readonly ScenarioBinder _binder;
    private readonly YamlNode? _node;
    private readonly string _path;

    internal ScenarioValidationContext(ScenarioBinder binder, YamlNode? node, string path)
    {
        _binder = binder;
        _node = node;
        _path = path;
    }

    /// <summary>The limits the scenario is checked against.</summary>
    public ScenarioLimits Limits => _binder.Limits;

    /// <summary>The folder that file names in the scenario are relative to: the scenario file's, or the current one.</summary>
    public string Folder => _binder.Folder;

    /// <summary>
    /// Reports an error at a field given relative to this node, like <c>regions[3].owner</c>. A rule that also reads other
    /// fields names them in <paramref name="related"/> (relative paths too), so that a command-line change to one of
    /// them is quoted with the error.
    /// </summary>
    public void Error(string relativePath, string message, params string[] related)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(related);
        var (node, path) = Locate(relativePath);
        _binder.Report(node, path, message, related.Select(r => Locate(r).Path));
    }

    private (YamlNode? Node, string Path) Locate(string relativePath)
    {
        var node = _node;
        var path = _path;
        foreach (var segment in ScenarioPath.Split(relativePath))
        {
            path = ScenarioPath.Join(path, segment);
            node = node switch
            {
                YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode(segment), out var child) => child,
                YamlSequenceNode seq when int.TryParse(segment, out var index) && index >= 0 && index < seq.Children.Count => seq.Children[index],
                _ => node,
            };
        }

        return (node, path);
    }
}
