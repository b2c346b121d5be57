using System.IO.Hashing;

namespace Westphalia.Metrics;

/// <summary>A write-only stream that hashes what passes through it and appends the checksum on <see cref="Finish"/>.</summary>
internal sealed class CheckpointChecksumWriter(Stream inner) : Stream
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
        Span<byte> checksum = stackalloc byte[CheckpointChecksum.Size];
        _hash.GetHashAndReset(checksum);
        inner.Write(checksum);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
