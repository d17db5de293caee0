using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Agreements.V1;
using Grpc.Core;
using ContractStatus = Corridor.Contracts.Agreements.V1.AgreementStatus;

namespace Corridor.Agreements.Agreements;

/// <summary>gRPC adapter: authoritative answers about agreements for Lists.</summary>
internal sealed class AgreementsQueryService(UseCaseRunner useCases) : AgreementsQuery.AgreementsQueryBase
{
    [ReadOnlyCall]
    public override async Task<CheckBindingReply> CheckBinding(CheckBindingRequest request, ServerCallContext context)
    {
        var check = await useCases.RunAsync(
            new Queries.CheckBinding(GrpcArguments.Id(request.AgreementId, nameof(request.AgreementId)), request.OrganIds), context.CancellationToken);
        return new CheckBindingReply
        {
            AgreementId = check.AgreementId.ToString(),
            Status = ToContract(check.Status),
            Active = check.Active,
            MissingOrganIds = { check.MissingOrganIds },
            Version = check.Version,
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
