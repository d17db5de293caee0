using System.Buffers;
using System.IO.Pipelines;
using Grpc.Core;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// A gRPC request body read as it is, except that a read whose data <see cref="GrpcFrames"/> refuses throws its
/// <see cref="RpcException"/> (INVALID_ARGUMENT, or RESOURCE_EXHAUSTED for an impossible length) instead of being handed
/// to Grpc.AspNetCore's frame reader.
/// </summary>
public sealed class FrameCheckingPipeReader(PipeReader body, bool singleMessage, int? maxMessageSize) : PipeReader
{
    private ReadOnlySequence<byte> _lastRead;
    private bool _messageRead;

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
        Checked(await body.ReadAsync(cancellationToken));

    public override bool TryRead(out ReadResult result)
    {
        if (!body.TryRead(out result))
        {
            return false;
        }

        result = Checked(result);
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed)
    {
        NoteConsumed(consumed);
        body.AdvanceTo(consumed);
    }

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        NoteConsumed(consumed);
        body.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => body.CancelPendingRead();

    public override void Complete(Exception? exception = null) => body.Complete(exception);

    /// <summary>Grpc.AspNetCore consumes whole messages only, so anything consumed means a message was read.</summary>
    private void NoteConsumed(SequencePosition consumed) =>
        _messageRead |= _lastRead.Slice(_lastRead.Start, consumed).Length > 0;

    private ReadResult Checked(ReadResult result)
    {
        _lastRead = result.Buffer;
        if (!result.IsCanceled
            && GrpcFrames.Refusal(result.Buffer, _messageRead, singleMessage, maxMessageSize, result.IsCompleted) is { } refusal)
        {
            // The read is over for the pipe, as it would be after the frame reader's own refusal.
            body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            throw new RpcException(refusal);
        }

        return result;
    }
}
