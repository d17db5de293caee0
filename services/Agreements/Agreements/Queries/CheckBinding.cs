using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>
/// Lists asks before binding a project to an agreement: the agreement's status and which of the project's organs are not
/// among its parties. Authoritative, so read from the database, not from a cached copy.
/// </summary>
public sealed record CheckBinding(Guid AgreementId, IReadOnlyList<string> OrganIds) : IUseCase<BindingCheck>;

public sealed record BindingCheck(Guid AgreementId, AgreementStatus Status, IReadOnlyList<string> MissingOrganIds, long Version)
{
    public bool Active => Status == AgreementStatus.Active;
}

internal sealed class CheckBindingHandler(AgreementsDbContext db) : IUseCaseHandler<CheckBinding, BindingCheck>
{
    public async Task<BindingCheck> HandleAsync(CheckBinding request, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == request.AgreementId, cancellationToken)
            ?? throw new NotFoundException("Agreement", request.AgreementId.ToString());
        return new BindingCheck(agreement.Id, agreement.Status, agreement.MissingParties(request.OrganIds).ToArray(), agreement.Version);
    }
}
