using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>
/// A page of agreements by status, kind, a party's region or organ (each optional; an unknown status or kind does not
/// filter), oldest first: ordered by (createdAt, id), the cursor continues after the last agreement of the previous page.
/// </summary>
public sealed record ListAgreements(string? Status, string? Kind, string? Region, string? Organ, string? Cursor = null, int? Limit = null)
    : IUseCase<KeysetPage<Agreement>>
{
    public const string CursorScope = "ag";
}

internal sealed class ListAgreementsValidator : AbstractValidator<ListAgreements>
{
    public ListAgreementsValidator() => RuleFor(r => r.Limit).PageSize();
}

internal sealed class ListAgreementsHandler(AgreementsDbContext db) : IUseCaseHandler<ListAgreements, KeysetPage<Agreement>>
{
    public Task<KeysetPage<Agreement>> HandleAsync(ListAgreements request, CancellationToken cancellationToken) =>
        AgreementQueries.ListAsync(db, request, cancellationToken);
}
