using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Agreements.V1;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using ContractStatus = Corridor.Contracts.Agreements.V1.AgreementStatus;

namespace Corridor.Agreements.Agreements;

/// <summary>gRPC adapter: authoritative answers about agreements for Lists.</summary>
internal sealed class AgreementsQueryService(AgreementsDbContext db) : AgreementsQuery.AgreementsQueryBase
{
    [ReadOnlyCall]
    public override async Task<CheckBindingReply> CheckBinding(CheckBindingRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.AgreementId, out var id))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.AgreementId), "AgreementId must be a UUID.")]);
        }

        var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Agreement", request.AgreementId);

        return new CheckBindingReply
        {
            AgreementId = agreement.Id.ToString(),
            Status = ToContract(agreement.Status),
            Active = agreement.Status == AgreementStatus.Active,
            MissingOrganIds = { agreement.MissingParties(request.OrganIds) },
            Version = agreement.Version,
        };
    }

    internal static ContractStatus ToContract(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => ContractStatus.Draft,
        AgreementStatus.PendingSignatures => ContractStatus.PendingSignatures,
        AgreementStatus.Active => ContractStatus.Active,
        AgreementStatus.Suspended => ContractStatus.Suspended,
        AgreementStatus.Expired => ContractStatus.Expired,
        AgreementStatus.Terminated => ContractStatus.Terminated,
        AgreementStatus.Signed => ContractStatus.Signed,
        _ => ContractStatus.Unspecified,
    };
}
