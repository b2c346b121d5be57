using System.IO.Hashing;

namespace Westphalia.Metrics;

/// <summary>
/// A checkpoint ends with the XxHash128 of every byte before it. <see cref="CheckpointChecksumWriter"/> computes it while the checkpoint
/// is written; <see cref="Verify"/> reads a whole checkpoint once and refuses it, before anything in it is believed,
/// when the bytes and the checksum disagree (a damaged disk, a partial copy, an edit).
/// </summary>
internal static class CheckpointChecksum
{
    public const int Size = 16;

    /// <summary>Checks a seekable stream's checksum and leaves it at its start.</summary>
    public static void Verify(Stream stream)
    {
        var length = stream.Length - stream.Position;
        if (length < Size)
        {
            throw new InvalidDataException("the checkpoint is truncated");
        }

        var start = stream.Position;
        var hash = new XxHash128();
        var buffer = new byte[1 << 16];
        var remaining = length - Size;
        while (remaining > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (read == 0)
            {
                throw new InvalidDataException("the checkpoint is truncated");
            }

            hash.Append(buffer.AsSpan(0, read));
            remaining -= read;
        }

        Span<byte> stored = stackalloc byte[Size];
        stream.ReadExactly(stored);
        Span<byte> actual = stackalloc byte[Size];
        hash.GetHashAndReset(actual);
        if (!stored.SequenceEqual(actual))
        {
            throw new InvalidDataException("the checkpoint is damaged: its checksum does not match its contents");
        }

        stream.Position = start;
    }
}
