using System.IO.Hashing;

namespace Westphalia.Metrics;

/// <summary>
/// A checkpoint ends with the XxHash128 of every byte before it. <see cref="Writer"/> computes it while the checkpoint
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

    /// <summary>A write-only stream that hashes what passes through it and appends the checksum on <see cref="Finish"/>.</summary>
    public sealed class Writer(Stream inner) : Stream
    {
        private readonly XxHash128 _hash = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.Append(buffer);
            inner.Write(buffer);
        }

        /// <summary>Writes the checksum of everything written so far.</summary>
        public void Finish()
        {
            Span<byte> checksum = stackalloc byte[Size];
            _hash.GetHashAndReset(checksum);
            inner.Write(checksum);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
