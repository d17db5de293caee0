using Corridor.Agreements.Agreements.Amendments;
using Corridor.Agreements.Agreements.InForce;
using Corridor.Agreements.Agreements.Signing;
using Corridor.BuildingBlocks.Grpc;
using Grpc.Core;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>Signing, the agreement in force, and numbered amendments.</summary>
internal sealed partial class AgreementsGrpcService
{
    public override async Task<G.AgreementReply> ProposeAgreement(G.AgreementActionRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new ProposeAgreement(GrpcRequests.AgreementId(request.AgreementId), GrpcArguments.Expected(request.ExpectedVersion)), context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> SignAgreement(G.SignRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new SignAgreement(
                GrpcRequests.AgreementId(request.AgreementId), GrpcArguments.Expected(request.ExpectedVersion),
                GrpcArguments.Optional(request.Signatory), GrpcArguments.Optional(request.OrganId)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> SuspendAgreement(G.ReasonActionRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new SuspendAgreement(GrpcRequests.AgreementId(request.AgreementId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> ResumeAgreement(G.ReasonActionRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new ResumeAgreement(GrpcRequests.AgreementId(request.AgreementId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> TerminateAgreement(G.TerminateAgreementRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new TerminateAgreement(
                GrpcRequests.AgreementId(request.AgreementId), GrpcArguments.Expected(request.ExpectedVersion),
                GrpcArguments.Optional(request.Reason), GrpcRequests.Document(request.Document)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> ProposeAmendment(G.ProposeAmendmentRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new ProposeAmendment(
                GrpcRequests.AgreementId(request.AgreementId),
                GrpcArguments.Expected(request.ExpectedVersion),
                GrpcArguments.Optional(request.Reason),
                request.Parties.Count == 0 ? null : request.Parties.Select(GrpcRequests.Party).ToArray(),
                GrpcRequests.Term(request.Term),
                request.ReplacePlans || request.Plans.Count > 0 ? request.Plans.Select(GrpcRequests.Plan).ToArray() : null),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> SignAmendment(G.SignAmendmentRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new SignAmendment(
                GrpcRequests.AgreementId(request.AgreementId), request.Number, GrpcArguments.Expected(request.ExpectedVersion),
                GrpcArguments.Optional(request.Signatory), GrpcArguments.Optional(request.OrganId)),
            context.CancellationToken), context.CancellationToken);

    public override async Task<G.AgreementReply> DeclineAmendment(G.DeclineAmendmentRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(
            new DeclineAmendment(
                GrpcRequests.AgreementId(request.AgreementId), request.Number, GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken), context.CancellationToken);
}
