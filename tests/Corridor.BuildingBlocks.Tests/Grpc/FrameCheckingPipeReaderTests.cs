using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Corridor.BuildingBlocks.Grpc;
using Grpc.Core;

namespace Corridor.BuildingBlocks.Tests.Grpc;

/// <summary>
/// The framing of a gRPC request body, checked as Grpc.AspNetCore reads it: a body that ends inside a message, a prefix
/// with an unknown compression flag, a single-message call with none or two, are refused as INVALID_ARGUMENT; a body
/// still arriving, a whole stream, and a message over the size limit (Grpc.AspNetCore's RESOURCE_EXHAUSTED) are passed on.
/// </summary>
public sealed class FrameCheckingPipeReaderTests
{
    private const int Limit = 4 * 1024 * 1024;
    private static readonly byte[] Message = [0x0A, 0x03, 0x61, 0x62, 0x63];

    public static TheoryData<string, byte[], bool, string> Refused => new()
    {
        { "a prefix announcing more than follows", Frame(Message, declared: 15), true, "announces 15 bytes and 5 followed" },
        { "a body ending inside the prefix", [0x00, 0x00, 0x00], true, "inside a message prefix (3 of 5 bytes)" },
        { "an empty body for a unary call", [], true, "carries no message" },
        { "two messages for a unary call", [.. Frame(Message), .. Frame(Message)], true, "more than one message" },
        { "a compression flag of 2", [0x02, .. Frame(Message)[1..]], true, "compression flag 2" },
        { "a stream whose last message is cut short", [.. Frame(Message), .. Frame(Message, declared: 9)], false, "announces 9 bytes and 5 followed" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_body_framed_wrongly_is_refused_as_INVALID_ARGUMENT(string kind, byte[] body, bool singleMessage, string why)
    {
        var reader = await EndedBodyAsync(body, singleMessage);

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await ReadAllAsync(reader));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.True(refused.Status.Detail.Contains(why, StringComparison.Ordinal), $"{kind}: {refused.Status.Detail}");
    }

    [Fact]
    public async Task One_whole_message_a_stream_of_them_and_an_empty_stream_are_read_as_sent()
    {
        byte[] stream = [.. Frame(Message), .. Frame(Message)];

        Assert.Equal(Frame(Message), await ReadAllAsync(await EndedBodyAsync(Frame(Message), singleMessage: true)));
        Assert.Equal(stream, await ReadAllAsync(await EndedBodyAsync(stream, singleMessage: false)));
        Assert.Empty(await ReadAllAsync(await EndedBodyAsync([], singleMessage: false)));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_left_to_Grpc_AspNetCore()
    {
        var overLimit = Frame(Message, declared: int.MaxValue);

        Assert.Equal(overLimit, await ReadAllAsync(await EndedBodyAsync(overLimit, singleMessage: true)));
    }

    [Theory]
    [InlineData(0x8000_0000u)]
    [InlineData(uint.MaxValue)]
    public async Task A_length_above_the_largest_signed_int_is_RESOURCE_EXHAUSTED_not_left_to_Grpc_AspNetCore(uint declared)
    {
        var reader = await EndedBodyAsync(Frame(Message, declared: declared), singleMessage: true);

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await ReadAllAsync(reader));

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains($"announces {declared} bytes", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_still_arriving_is_waited_for_and_judged_when_the_body_ends()
    {
        var pipe = new Pipe();
        var reader = new FrameCheckingPipeReader(pipe.Reader, singleMessage: true, Limit);
        await pipe.Writer.WriteAsync(Frame(Message, declared: 15));

        var partial = await reader.ReadAsync();
        Assert.False(partial.IsCompleted);
        reader.AdvanceTo(partial.Buffer.Start, partial.Buffer.End);
        await pipe.Writer.CompleteAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await reader.ReadAsync());
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
    }

    private static async Task<FrameCheckingPipeReader> EndedBodyAsync(byte[] body, bool singleMessage)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(body);
        await pipe.Writer.CompleteAsync();
        return new FrameCheckingPipeReader(pipe.Reader, singleMessage, Limit);
    }

    /// <summary>Reads to the end as Grpc.AspNetCore does: whole messages consumed one at a time, a partial one examined.</summary>
    private static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        var read = new List<byte>();
        while (true)
        {
            var result = await reader.ReadAsync();
            var buffer = result.Buffer;
            if (buffer.Length >= 5 && BinaryPrimitives.ReadUInt32BigEndian(buffer.Slice(1, 4).ToArray()) is var length && buffer.Length >= 5 + length)
            {
                read.AddRange(buffer.Slice(0, 5 + length).ToArray());
                reader.AdvanceTo(buffer.GetPosition(5 + length));
                continue;
            }

            if (result.IsCompleted)
            {
                read.AddRange(buffer.ToArray());
                reader.AdvanceTo(buffer.End);
                return [.. read];
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static byte[] Frame(byte[] message, uint? declared = null)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), declared ?? (uint)message.Length);
        message.CopyTo(frame.AsSpan(5));
        return frame;
    }
}
