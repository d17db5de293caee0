using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Sheets;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Problems;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>A spreadsheet (.xlsx/.csv) of problems in the template's layout, submitted as a batch of its rows; see <see cref="BatchSubmitter"/>.</summary>
internal sealed record ImportProblems(string FileName, byte[] Content, string? IdempotencyKey, string RequestHash) : IUseCase<BatchAnswer>, IKeyedSubmission;

internal sealed class ImportProblemsValidator : KeyedSubmissionValidator<ImportProblems>;

internal sealed class ImportProblemsHandler(BatchSubmitter submitter, IListSubmission<RaiseProblemRequest, Problem> list) : IUseCaseHandler<ImportProblems, BatchAnswer>
{
    public Task<BatchAnswer> HandleAsync(ImportProblems request, CancellationToken cancellationToken)
    {
        var sheet = SheetReader.Read(request.FileName, request.Content, list.Layout);
        return submitter.SubmitAsync<RaiseProblemRequest, Problem>(request, SheetItems.Of<RaiseProblemRequest>(sheet), sheet.ErrorFor, cancellationToken);
    }
}
