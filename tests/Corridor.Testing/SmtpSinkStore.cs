using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Corridor.Testing;

/// <summary>The <see cref="SmtpSink"/>'s message store: parses each mail and wakes whoever waits for one.</summary>
internal sealed class SmtpSinkStore : MessageStore
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedMail> _received = [];
    private TaskCompletionSource _nextArrival = NewArrival();

    /// <summary>Completes when the next mail is stored.</summary>
    public Task NextArrival
    {
        get
        {
            lock (_gate)
            {
                return _nextArrival.Task;
            }
        }
    }

    public IReadOnlyList<ReceivedMail> Snapshot()
    {
        lock (_gate)
        {
            return [.. _received];
        }
    }

    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(content, cancellationToken);
        var mail = new ReceivedMail(
            transaction.From.AsAddress(),
            [.. transaction.To.Select(mailbox => mailbox.AsAddress())],
            message,
            DateTimeOffset.UtcNow);
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _received.Add(mail);
            arrived = _nextArrival;
            _nextArrival = NewArrival();
        }

        arrived.SetResult();
        return SmtpResponse.Ok;
    }

    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
