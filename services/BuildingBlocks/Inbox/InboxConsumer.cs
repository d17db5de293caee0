using Corridor.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Inbox;

/// <summary>
/// A consumer whose effect is applied at most once per message: the inbox record and the effect are
/// saved in one transaction, so a redelivery finds the record and changes nothing. Failures propagate,
/// so MassTransit retries and finally moves the message to the error queue instead of acknowledging it.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider clock, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db { get; } = db;

    private string ConsumerName => GetType().FullName ?? GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be de-duplicated.");

        if (await AlreadyConsumedAsync(messageId, context.CancellationToken))
        {
            logger.LogInformation("Skipping {MessageType} {MessageId}: {Consumer} already applied it", typeof(TMessage).Name, messageId, ConsumerName);
            return;
        }

        await HandleAsync(context.Message, context.CancellationToken);
        Db.InboxRecords.Add(new InboxRecord
        {
            MessageId = messageId,
            Consumer = ConsumerName,
            MessageType = typeof(TMessage).FullName ?? typeof(TMessage).Name,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        });

        try
        {
            await Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel delivery of the same message may have committed first; ours rolled back as a whole.
            Db.ChangeTracker.Clear();
            if (!await AlreadyConsumedAsync(messageId, context.CancellationToken))
            {
                throw;
            }

            logger.LogInformation("Skipping {MessageType} {MessageId}: a concurrent delivery applied it first", typeof(TMessage).Name, messageId);
        }
    }

    /// <summary>Apply the message to <see cref="Db"/> without saving; the base class saves it with the inbox record.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    private Task<bool> AlreadyConsumedAsync(Guid messageId, CancellationToken cancellationToken) =>
        Db.InboxRecords.AsNoTracking().AnyAsync(r => r.MessageId == messageId && r.Consumer == ConsumerName, cancellationToken);
}
