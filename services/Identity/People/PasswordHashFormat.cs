using System.Buffers.Binary;

namespace Corridor.Identity.People;

/// <summary>
/// Recognises the hashes that <c>PasswordHasher</c> writes in its V3 format: 0x01, PRF, iteration count, salt
/// length (each 4 bytes, big-endian), salt, subkey. A configured hash in any other shape would make sign-in fail
/// for that user at the first attempt; the service refuses it at start instead.
/// </summary>
public static class PasswordHashFormat
{
    /// <summary>The iteration count of the current <c>PasswordHasher</c> default (PBKDF2 with HMAC-SHA512).</summary>
    public const int MinimumIterations = 100_000;

    private const byte V3Marker = 0x01;
    private const int HeaderLength = 13;
    private const int MinimumSaltLength = 16;

    public static bool IsV3(string hash)
    {
        var bytes = new byte[(hash.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(hash, bytes, out var length) || length < HeaderLength || bytes[0] != V3Marker)
        {
            return false;
        }

        var iterations = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9, 4));
        return iterations >= MinimumIterations && saltLength >= MinimumSaltLength && length > HeaderLength + saltLength;
    }
}
