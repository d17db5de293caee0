using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>
/// One batch or import of a list type as one transaction (<see cref="BatchTransaction"/>): the items applied in bulk by
/// <see cref="BatchSubmission"/>, saved chunk by chunk inside it, with the idempotency key's answer.
/// </summary>
internal sealed class BatchSubmitter(ListsDbContext db, CallerIdentity caller, TimeProvider clock, IServiceProvider services)
{
    public Task<BatchAnswer> SubmitAsync<TRequest, TAggregate>(
        IKeyedSubmission submission, IReadOnlyList<BatchItem<TRequest>> items, Func<string, string, FieldError> errorFor, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var list = services.GetRequiredService<IListSubmission<TRequest, TAggregate>>();
        var validator = services.GetRequiredService<IValidator<TRequest>>();
        return new BatchTransaction(db, caller, clock).SubmitAsync(
            submission,
            (saves, now, ct) => BatchSubmission.ApplyAsync(db, list, validator, items, caller, now, errorFor, saves.SaveChunkAsync, ct),
            cancellationToken);
    }
}
