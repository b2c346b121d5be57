using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Westphalia.Metrics;
using Westphalia.Reports;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia map RUN_DIR [--year YYYY] [--layer ownership|blocs|hsi] [--format png|svg] [--out FILE]</c>: draws a
/// finished real-world run on the real map at one of the years its regions table holds (the last by default): states,
/// alliance blocs or the Human Security Index, as PNG or compact SVG (docs/OUTPUTS.md, "westphalia map").
/// </summary>
internal static class MapCommand
{
    private static readonly string[] Layers = ["ownership", "blocs", "hsi"];
    private static readonly string[] Formats = ["png", "svg"];

    public static Command Build(IAnsiConsole console)
    {
        var folder = new Argument<string>("RUN_DIR") { Description = "The folder of a finished run of a real-world scenario (world).", Validators = { Cli.NotAnOption } };
        var year = new Option<int?>("--year")
        {
            Description = "The year to map: one whose regions the run recorded (output.map_years, and the last year; default: the last).",
            CustomParser = r => Cli.WholeNumber(r, 1, 9999, "--year", "from 1 to 9999"),
        };
        var layer = new Option<string>("--layer")
        {
            Description = "What to colour: ownership (each state a colour), blocs (alliance blocs; unaligned grey) or hsi (Human Security Index). Default: ownership.",
            DefaultValueFactory = _ => "ownership",
            CustomParser = r => Choice(r, "--layer", Layers),
        };
        var format = new Option<string?>("--format")
        {
            Description = "png or svg (default: the extension of --out, else png).",
            CustomParser = r => Choice(r, "--format", Formats),
        };
        var output = new Option<string?>("--out") { Description = "The file to write (default: RUN_DIR/map-LAYER-YEAR.FORMAT)." };
        var quiet = Cli.QuietOption();
        var command = new Command("map", "Draw a finished real-world run on the real map for one of its years: states, alliance blocs or the Human Security Index, as PNG or SVG.")
        {
            folder, year, layer, format, output, quiet,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var written = Write(parse.GetValue(folder)!, parse.GetValue(year), parse.GetValue(layer)!, parse.GetValue(format), parse.GetValue(output));
            if (!parse.GetValue(quiet))
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Map: {written} ({new FileInfo(written).Length / 1024.0:F0} KB, {clock.Elapsed.TotalSeconds:F1} s)"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Draws the map and writes it; returns the file's path.</summary>
    public static string Write(string folder, int? year, string layer, string? format, string? output)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(layer);
        var kind = layer switch
        {
            "blocs" => RealMapLayer.Blocs,
            "hsi" => RealMapLayer.Hsi,
            _ => RealMapLayer.Ownership,
        };
        var extension = output is not null ? Path.GetExtension(output).TrimStart('.').ToLowerInvariant() : "";
        format ??= Formats.Contains(extension) ? extension : "png";
        RealMapInput input;
        try
        {
            input = RealMapFolder.Read(folder, year).Input;
        }
        catch (ReportException e)
        {
            throw new UserError(e.Message);
        }

        var map = RealMap.Draw(input, kind);
        var path = output ?? Path.Combine(folder, $"map-{layer}-{input.Date.Split(' ')[^1]}.{format}");
        AtomicFile.Write(path, stream =>
        {
            if (format == "svg")
            {
                RealMapSvgWriter.Write(map, stream);
            }
            else
            {
                stream.Write(RealMapPainter.Png(map));
            }
        });
        return path;
    }

    private static string Choice(ArgumentResult result, string option, string[] allowed)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        result.AddError($"{option} {Cli.Quote(text)}: give {string.Join(", ", allowed[..^1])} or {allowed[^1]}");
        return allowed[0];
    }
}
