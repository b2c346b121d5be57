using System.Buffers.Binary;
using System.IO.Compression;

namespace Westphalia.BrowserTests;

/// <summary>
/// A PNG decoded without the browser that wrote it: 8-bit grey, RGB, grey-alpha or RGBA, not interlaced (what
/// Chromium writes), pixels as 0xRRGGBBAA.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly uint[] _pixels;

    private PngImage(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public uint this[int x, int y] => _pixels[(y * Width) + x];

    /// <summary>How many pixels have this colour (0xRRGGBB, any alpha).</summary>
    public int Count(uint rgb) => _pixels.Count(p => p >> 8 == rgb);

    /// <summary>How many different colours the image has.</summary>
    public int Colours() => _pixels.Distinct().Count();

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(s_signature))
        {
            throw new InvalidDataException($"{path} is not a PNG");
        }

        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var chunk = bytes.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(chunk);
                    height = BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                    channels = chunk[9] switch
                    {
                        0 => 1,
                        2 => 3,
                        4 => 2,
                        6 => 4,
                        var other => throw new InvalidDataException($"colour type {other} is not decoded here"),
                    };
                    if (chunk[8] != 8 || chunk[12] != 0)
                    {
                        throw new InvalidDataException($"bit depth {chunk[8]}, interlace {chunk[12]}: not decoded here");
                    }

                    break;
                case "IDAT":
                    data.Write(chunk);
                    break;
            }

            at += length + 12;
        }

        data.Position = 0;
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = inflated.ReadByte();
            inflated.ReadExactly(row);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], corner = i >= channels ? previous[i - channels] : 0;
                row[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => (byte)Paeth(left, up, corner),
                    _ => throw new InvalidDataException($"filter {filter}"),
                };
            }

            for (var x = 0; x < width; x++)
            {
                var p = row.AsSpan(x * channels, channels);
                pixels[(y * width) + x] = channels switch
                {
                    1 => ((uint)p[0] << 24) | ((uint)p[0] << 16) | ((uint)p[0] << 8) | 0xFF,
                    2 => ((uint)p[0] << 24) | ((uint)p[0] << 16) | ((uint)p[0] << 8) | p[1],
                    3 => ((uint)p[0] << 24) | ((uint)p[1] << 16) | ((uint)p[2] << 8) | 0xFF,
                    _ => ((uint)p[0] << 24) | ((uint)p[1] << 16) | ((uint)p[2] << 8) | p[3],
                };
            }

            (previous, row) = (row, previous);
        }

        return new PngImage(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
