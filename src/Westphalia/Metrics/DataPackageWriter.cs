using System.Text.Json;

namespace Westphalia.Metrics;

/// <summary>
/// Writes a Frictionless Data Package descriptor (<c>datapackage.json</c>, the tabular-data-package profile) for tables
/// written as CSV beside it: each table a resource with its path and a Table Schema giving every column's type
/// (integer, number, string, boolean, date) and, where known, its description and unit, and declaring the empty field
/// as the missing value (a null), so pandas, R and <c>frictionless validate</c> read the columns with their types.
/// Numbers that are not numbers are written <c>NaN</c>, which the schema's number type reads.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    /// <summary>
    /// Writes the descriptor of <paramref name="tables"/>: <paramref name="describe"/> gives a column's documentation,
    /// <paramref name="describeTable"/> a table's description (the resource's <c>description</c>), each where known; the
    /// package's <paramref name="description"/> when given; and, after the tables, <paramref name="files"/> that are no
    /// tables (as regions.geojson), each a resource with its path, format, media type and description.
    /// </summary>
    public static void Write(Stream stream, string name, string title, IReadOnlyList<Table> tables, Func<Table, Column, ColumnDocumentation?>? describe = null,
        Func<Table, string?>? describeTable = null, string? description = null, IReadOnlyList<DataPackageFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", name);
        json.WriteString("title", title);
        if (description is not null)
        {
            json.WriteString("description", description);
        }

        json.WriteStartArray("resources");
        foreach (var table in tables)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Name.Replace('_', '-'));
            json.WriteString("path", table.Name + ".csv");
            json.WriteString("profile", "tabular-data-resource");
            json.WriteString("format", "csv");
            json.WriteString("mediatype", "text/csv");
            json.WriteString("encoding", "utf-8");
            if (describeTable?.Invoke(table) is { Length: > 0 } tableDescription)
            {
                json.WriteString("description", tableDescription);
            }

            json.WriteStartObject("schema");
            json.WriteStartArray("fields");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", Type(column.Kind));
                if (column.Kind == ColumnKind.Bool)
                {
                    json.WriteStartArray("trueValues");
                    json.WriteStringValue("true");
                    json.WriteEndArray();
                    json.WriteStartArray("falseValues");
                    json.WriteStringValue("false");
                    json.WriteEndArray();
                }

                var documentation = describe?.Invoke(table, column);
                if (documentation is { Description.Length: > 0 })
                {
                    json.WriteString("description", documentation.Description);
                }

                if (documentation?.Unit is { Length: > 0 } unit)
                {
                    json.WriteString("unit", unit);
                }

                // A column that may not be null is required; not a text column, whose empty string CSV cannot tell from a null.
                if (!column.Nullable && column.Kind != ColumnKind.Text)
                {
                    json.WriteStartObject("constraints");
                    json.WriteBoolean("required", true);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("missingValues");
            json.WriteStringValue("");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var file in files ?? [])
        {
            json.WriteStartObject();
            json.WriteString("name", file.Name);
            json.WriteString("path", file.Path);
            json.WriteString("format", file.Format);
            json.WriteString("mediatype", file.MediaType);
            json.WriteString("encoding", "utf-8");
            json.WriteString("description", file.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The Table Schema type of a column kind.</summary>
    public static string Type(ColumnKind kind) => kind switch
    {
        ColumnKind.Int or ColumnKind.Long => "integer",
        ColumnKind.Double => "number",
        ColumnKind.Bool => "boolean",
        ColumnKind.Date => "date",
        _ => "string",
    };
}
