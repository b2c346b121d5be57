using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Westphalia.Scenarios;

/// <summary>
/// Reads scenario text within the <see cref="ScenarioLimits"/> before YAML is turned into a tree: the file is read
/// up to its size limit as strict UTF-8, then the parser's event stream (which does not recurse) is walked once to
/// bound nesting, value length and the number of values with aliases expanded. Only text that passes is loaded by
/// the recursive tree builder, so no input can exhaust the stack or the memory.
/// </summary>
internal static class YamlGuard
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole stream as UTF-8 text, refusing more than the size limit or bytes that are not UTF-8.</summary>
    public static string ReadText(Stream stream, string source, ScenarioLimits limits)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw new ScenarioException(source, $"is larger than {Size(limits.MaxFileBytes)}, the most a scenario file may hold");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var start = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" (at byte {start + e.Index:N0})" : "";
            throw new ScenarioException(source, $"is not UTF-8 text{offset}; a scenario is a YAML file");
        }
    }

    /// <summary>Walks the YAML events of a text and throws a <see cref="ScenarioException"/> at the first limit passed.</summary>
    public static void Check(string text, string source, ScenarioLimits limits)
    {
        // YAML allows tab, line feed and carriage return among the control characters, no others; the parser would
        // stop silently at a NUL and take the text before it for the whole file.
        var control = text.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        while (control >= 0 && text[control] is '\t' or '\n' or '\r')
        {
            var next = text.AsSpan(control + 1).IndexOfAnyInRange('\0', '\u001f');
            control = next < 0 ? -1 : control + 1 + next;
        }

        if (control >= 0)
        {
            var line = 1 + text.AsSpan(0, control).Count('\n');
            var column = control - text.LastIndexOf('\n', Math.Max(control - 1, 0));
            throw new ScenarioException([new ScenarioError(source, line, column, "", $"the control character U+{(int)text[control]:X4} is not allowed in YAML")]);
        }

        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        long total = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            long nodes;
            switch (e)
            {
                case MappingStart or SequenceStart:
                    if (open.Count >= limits.MaxDepth)
                    {
                        Fail(source, e, $"lists and mappings nest more than {limits.MaxDepth} deep");
                    }

                    var anchor = e is NodeEvent { Anchor.IsEmpty: false } n ? n.Anchor.Value : null;
                    open.Push((anchor, 1));
                    nodes = 1;
                    break;
                case MappingEnd or SequenceEnd:
                    var (name, size) = open.Pop();
                    if (name is not null)
                    {
                        anchors[name] = size;
                    }

                    if (open.Count > 0)
                    {
                        var parent = open.Pop();
                        open.Push((parent.Anchor, parent.Nodes + size));
                    }

                    continue;
                case Scalar scalar:
                    if (scalar.Value.Length > limits.MaxScalarLength)
                    {
                        Fail(source, e, $"a value of {scalar.Value.Length:N0} characters is longer than the {limits.MaxScalarLength:N0} allowed");
                    }

                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = 1;
                    }

                    nodes = 1;
                    break;
                case AnchorAlias alias:
                    // An alias stands for every value under its anchor: count them, so aliases of aliases cannot multiply unseen.
                    nodes = anchors.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                default:
                    continue;
            }

            total += nodes;
            if (total > limits.MaxNodes)
            {
                Fail(source, e, $"the file holds more than {limits.MaxNodes:N0} values (aliases counted as the values they stand for)");
            }

            if (open.Count > 0 && e is not (MappingStart or SequenceStart))
            {
                var parent = open.Pop();
                open.Push((parent.Anchor, parent.Nodes + nodes));
            }
        }
    }

    private static void Fail(string source, ParsingEvent e, string message) =>
        throw new ScenarioException([new ScenarioError(source, (int)e.Start.Line, (int)e.Start.Column, "", message)]);

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes:N0} bytes";
}
