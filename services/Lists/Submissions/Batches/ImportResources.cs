using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Sheets;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>A spreadsheet (.xlsx/.csv) of resources in the template's layout, submitted as a batch of its rows; see <see cref="BatchSubmitter"/>.</summary>
internal sealed record ImportResources(string FileName, byte[] Content, string? IdempotencyKey, string RequestHash) : IUseCase<BatchAnswer>, IKeyedSubmission;

internal sealed class ImportResourcesValidator : KeyedSubmissionValidator<ImportResources>;

internal sealed class ImportResourcesHandler(BatchSubmitter submitter, IListSubmission<ResourceRequest, Resource> list) : IUseCaseHandler<ImportResources, BatchAnswer>
{
    public Task<BatchAnswer> HandleAsync(ImportResources request, CancellationToken cancellationToken)
    {
        var sheet = SheetReader.Read(request.FileName, request.Content, list.Layout);
        return submitter.SubmitAsync<ResourceRequest, Resource>(request, SheetItems.Of<ResourceRequest>(sheet), sheet.ErrorFor, cancellationToken);
    }
}
