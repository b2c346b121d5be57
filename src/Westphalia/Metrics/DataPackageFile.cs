namespace Westphalia.Metrics;

/// <summary>A file of a data package that is no table (a GeoJSON file): its resource name, path, format, media type and what it holds.</summary>
public sealed record DataPackageFile(string Name, string Path, string Format, string MediaType, string Description);
