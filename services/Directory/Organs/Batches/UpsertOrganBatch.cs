using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.DirectoryService.Organs.Batches;

/// <summary>
/// Up to <see cref="BatchLimits.MaxItems"/> organs by their regions' external references, each upserted as one
/// <see cref="UpsertOrgan"/> (see <see cref="OrganBatchSubmitter"/>): one outcome per item, valid items kept, one transaction.
/// </summary>
public sealed record UpsertOrganBatch(IReadOnlyList<BatchItem<RegisterOrganRequest>> Items, string? IdempotencyKey, string RequestHash)
    : IUseCase<BatchAnswer>, IKeyedSubmission, IBatch<RegisterOrganRequest>;

internal sealed class UpsertOrganBatchAuthorization(CallerIdentity caller) : ReviewerRule<UpsertOrganBatch>(caller);

internal sealed class UpsertOrganBatchValidator : BatchValidator<UpsertOrganBatch, RegisterOrganRequest>;

internal sealed class UpsertOrganBatchHandler(OrganBatchSubmitter submitter) : IUseCaseHandler<UpsertOrganBatch, BatchAnswer>
{
    public Task<BatchAnswer> HandleAsync(UpsertOrganBatch request, CancellationToken cancellationToken) =>
        submitter.SubmitAsync(request, request.Items, (field, message) => new FieldError(field, message), cancellationToken);
}
