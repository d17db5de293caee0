using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Sheets;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.DirectoryService.Organs.Batches;

/// <summary>A spreadsheet (.xlsx/.csv) of organs in the template's layout (<see cref="OrganSheet"/>), upserted as a batch of its rows.</summary>
public sealed record ImportOrgans(string FileName, byte[] Content, string? IdempotencyKey, string RequestHash) : IUseCase<BatchAnswer>, IKeyedSubmission;

internal sealed class ImportOrgansAuthorization(CallerIdentity caller) : ReviewerRule<ImportOrgans>(caller);

internal sealed class ImportOrgansValidator : KeyedSubmissionValidator<ImportOrgans>;

internal sealed class ImportOrgansHandler(OrganBatchSubmitter submitter) : IUseCaseHandler<ImportOrgans, BatchAnswer>
{
    public Task<BatchAnswer> HandleAsync(ImportOrgans request, CancellationToken cancellationToken)
    {
        var sheet = SheetReader.Read(request.FileName, request.Content, OrganSheet.Layout);
        return submitter.SubmitAsync(request, SheetItems.Of<RegisterOrganRequest>(sheet), sheet.ErrorFor, cancellationToken);
    }
}
