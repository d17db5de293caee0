using System.Buffers;
using Grpc.Core;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// The length-prefixed framing of a gRPC request body (a compression flag of 0 or 1, a big-endian length, that many bytes),
/// judged on what is left unread: the parts of it a client can get wrong before any message is decoded.
/// </summary>
public static class GrpcFrames
{
    private const int PrefixSize = 5;

    /// <summary>
    /// Why the body is refused, judged on <paramref name="unread"/> (which starts at a message's prefix): INVALID_ARGUMENT for
    /// framing a client got wrong, RESOURCE_EXHAUSTED for a length no message can have; or null while it may still be right,
    /// or when Grpc.AspNetCore's own answer is right (a message over <paramref name="maxMessageSize"/>: RESOURCE_EXHAUSTED).
    /// </summary>
    /// <param name="messageRead">A message of this body was read already.</param>
    /// <param name="singleMessage">The method takes exactly one message (unary, server streaming).</param>
    /// <param name="ended">The body has ended: nothing follows <paramref name="unread"/>.</param>
    public static Status? Refusal(ReadOnlySequence<byte> unread, bool messageRead, bool singleMessage, int? maxMessageSize, bool ended)
    {
        var reader = new SequenceReader<byte>(unread);
        var messages = messageRead ? 1 : 0;
        while (!reader.End)
        {
            if (singleMessage && messages == 1)
            {
                return Invalid("The request carries more than one message; this method takes one.");
            }

            if (reader.Remaining < PrefixSize)
            {
                return ended ? Invalid($"The request ended inside a message prefix ({reader.Remaining} of {PrefixSize} bytes).") : null;
            }

            reader.TryRead(out var compressed);
            if (compressed > 1)
            {
                return Invalid($"A message prefix has the compression flag {compressed}; it must be 0 or 1.");
            }

            reader.TryReadBigEndian(out int length);
            var declared = (uint)length;
            if (declared > int.MaxValue)
            {
                // Grpc.AspNetCore reads the length as a signed int and fails with UNKNOWN on a negative one.
                return new Status(StatusCode.ResourceExhausted, $"A message prefix announces {declared} bytes; no message can be larger than {maxMessageSize ?? int.MaxValue} bytes.");
            }

            if (declared > (uint)(maxMessageSize ?? int.MaxValue))
            {
                return null;
            }

            if (reader.Remaining < declared)
            {
                return ended ? Invalid($"The request ended inside a message: its prefix announces {declared} bytes and {reader.Remaining} followed.") : null;
            }

            reader.Advance(declared);
            messages++;
        }

        return ended && singleMessage && messages == 0 ? Invalid("The request carries no message; this method takes one.") : null;
    }

    private static Status Invalid(string why) => new(StatusCode.InvalidArgument, why);
}
