using Corridor.Agreements.Agreements.Drafting;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.UseCases;
using Grpc.Core;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>
/// gRPC adapter over the same use cases as REST: each method translates its request (proto "absent" values to null
/// through <see cref="GrpcArguments"/>) and the result back, so validation, rules and error codes are REST's.
/// This file: drafting; the other parts: signing and the agreement in force, amendments, queries, activities.
/// </summary>
internal sealed partial class AgreementsGrpcService(UseCaseRunner useCases, IOrganDirectory directory) : G.Agreements.AgreementsBase
{
    public override async Task<G.AgreementReply> CreateAgreement(G.CreateAgreementRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            DraftAgreement.From(GrpcRequests.Fields(
                request.Kind, request.Title, request.Witness, request.Parties, request.TermStart, request.TermEnd, request.Document, request.Plans)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> UpdateAgreement(G.UpdateAgreementRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            ReviseAgreement.From(
                GrpcRequests.AgreementId(request.AgreementId),
                GrpcArguments.Expected(request.ExpectedVersion),
                GrpcRequests.Fields(request.Kind, request.Title, request.Witness, request.Parties, request.TermStart, request.TermEnd, request.Document, request.Plans)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.UpsertAgreementReply> UpsertAgreement(G.UpsertAgreementRequest request, ServerCallContext context)
    {
        var (agreement, outcome) = await useCases.RunAsync(
            Agreements.Drafting.UpsertAgreement.From(
                request.ExternalReference,
                GrpcArguments.Expected(request.ExpectedVersion),
                GrpcRequests.Fields(request.Kind, request.Title, request.Witness, request.Parties, request.TermStart, request.TermEnd, request.Document, request.Plans)),
            context.CancellationToken);
        return new G.UpsertAgreementReply { Outcome = outcome.ToString(), Agreement = await Reply(agreement, context.CancellationToken) };
    }
}
