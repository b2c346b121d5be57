using System.Security.Cryptography;

namespace Westphalia.Server.Play;

/// <summary>The codes students and observers join a game with: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L).</summary>
public static class JoinCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int Length = 8;

    /// <summary>A new random code (31^8 ≈ 8.5 × 10^11 codes: not guessable at the sign-in rate limit).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code as typed (any case, spaces and dashes ignored) in the form it is stored.</summary>
    public static string Normalise(string? typed) =>
        new([.. (typed ?? "").ToUpperInvariant().Where(c => c is not (' ' or '-'))]);
}
