using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>A batch of resources, each item kept or refused by the same rules as one create, in one transaction; see <see cref="BatchSubmitter"/>.</summary>
internal sealed record SubmitResourceBatch(IReadOnlyList<BatchItem<ResourceRequest>> Items, string? IdempotencyKey, string RequestHash)
    : IUseCase<BatchAnswer>, IKeyedSubmission, IBatch<ResourceRequest>;

internal sealed class SubmitResourceBatchValidator : BatchValidator<SubmitResourceBatch, ResourceRequest>;

internal sealed class SubmitResourceBatchHandler(BatchSubmitter submitter) : IUseCaseHandler<SubmitResourceBatch, BatchAnswer>
{
    public Task<BatchAnswer> HandleAsync(SubmitResourceBatch request, CancellationToken cancellationToken) =>
        submitter.SubmitAsync<ResourceRequest, Resource>(request, request.Items, (field, message) => new FieldError(field, message), cancellationToken);
}
