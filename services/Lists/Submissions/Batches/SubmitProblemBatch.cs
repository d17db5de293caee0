using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Problems;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>A batch of problems, each item kept or refused by the same rules as one create, in one transaction; see <see cref="BatchSubmitter"/>.</summary>
internal sealed record SubmitProblemBatch(IReadOnlyList<BatchItem<RaiseProblemRequest>> Items, string? IdempotencyKey, string RequestHash)
    : IUseCase<BatchAnswer>, IKeyedSubmission, IBatch<RaiseProblemRequest>;

internal sealed class SubmitProblemBatchValidator : BatchValidator<SubmitProblemBatch, RaiseProblemRequest>;

internal sealed class SubmitProblemBatchHandler(BatchSubmitter submitter) : IUseCaseHandler<SubmitProblemBatch, BatchAnswer>
{
    public Task<BatchAnswer> HandleAsync(SubmitProblemBatch request, CancellationToken cancellationToken) =>
        submitter.SubmitAsync<RaiseProblemRequest, Problem>(request, request.Items, (field, message) => new FieldError(field, message), cancellationToken);
}
