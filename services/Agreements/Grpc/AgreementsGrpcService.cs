using System.Globalization;
using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.Agreements.Scorecards;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>
/// gRPC adapter over the same queries, validators and domain operations as REST; no rules of its own. Requests are
/// mapped onto the REST request records so that both adapters validate alike.
/// </summary>
internal sealed class AgreementsGrpcService(AgreementsDbContext db, CallerIdentity caller, TimeProvider clock, LifecycleOptions lifecycle, IServiceProvider services)
    : G.Agreements.AgreementsBase
{
    public override async Task<G.AgreementReply> CreateAgreement(G.CreateAgreementRequest request, ServerCallContext context)
    {
        var body = new AgreementRequest(
            request.Kind, request.Title, Optional(request.Witness), request.Parties.Select(ToRequest).ToArray(),
            DateOrNull(request.TermStart, "TermStart"), DateOrNull(request.TermEnd, "TermEnd"), ToRequest(request.Document), request.Plans.Select(ToRequest).ToArray());
        await ValidateAsync(body, context);
        var agreement = Agreement.Draft(caller, body.ToContent(), Now());
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(context.CancellationToken);
        return Reply(agreement);
    }

    public override async Task<G.AgreementReply> UpdateAgreement(G.UpdateAgreementRequest request, ServerCallContext context)
    {
        var body = new AgreementRequest(
            request.Kind, request.Title, Optional(request.Witness), request.Parties.Select(ToRequest).ToArray(),
            DateOrNull(request.TermStart, "TermStart"), DateOrNull(request.TermEnd, "TermEnd"), ToRequest(request.Document), request.Plans.Select(ToRequest).ToArray());
        await ValidateAsync(body, context);
        var id = Id(request.AgreementId);
        var requireVersion = GrpcArguments.RequireVersion(request.ExpectedVersion);
        return Reply(await AgreementChange.ApplyAsync(db, id, requireVersion, a => a.Revise(caller, body.ToContent(), Now()), context.CancellationToken));
    }

    public override async Task<G.UpsertAgreementReply> UpsertAgreement(G.UpsertAgreementRequest request, ServerCallContext context)
    {
        var body = new AgreementRequest(
            request.Kind, request.Title, Optional(request.Witness), request.Parties.Select(ToRequest).ToArray(),
            DateOrNull(request.TermStart, "TermStart"), DateOrNull(request.TermEnd, "TermEnd"), ToRequest(request.Document), request.Plans.Select(ToRequest).ToArray());
        await ValidateAsync(body, context);
        var (agreement, outcome) = await AgreementUpsert.ApplyAsync(
            db,
            request.ExternalReference,
            body.ToContent(),
            caller,
            GrpcArguments.ExpectVersion(request.ExpectedVersion),
            v => GrpcArguments.RequireVersion(request.ExpectedVersion)(v),
            Now(),
            context.CancellationToken);
        return new G.UpsertAgreementReply { Outcome = outcome.ToString(), Agreement = Reply(agreement) };
    }

    [ReadOnlyCall]
    public override async Task<G.AgreementReply> GetAgreement(G.GetAgreementRequest request, ServerCallContext context) =>
        Reply(await AgreementQueries.GetAsync(db, Id(request.AgreementId), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.ListAgreementsReply> ListAgreements(G.ListAgreementsRequest request, ServerCallContext context)
    {
        var found = await AgreementQueries.ListAsync(
            db, Optional(request.Status), Optional(request.Kind), Optional(request.Region), Optional(request.Organ), context.CancellationToken);
        return new G.ListAgreementsReply { Agreements = { found.Select(Reply) } };
    }

    [ReadOnlyCall]
    public override async Task<G.ListAgreementsReply> ListExpiring(G.ListExpiringRequest request, ServerCallContext context)
    {
        var window = request.WithinDays == 0 ? lifecycle.RenewalWindowDays : Math.Clamp(request.WithinDays, 0, 3650);
        var found = await AgreementQueries.ExpiringAsync(db, DateOnly.FromDateTime(Now()), window, context.CancellationToken);
        return new G.ListAgreementsReply { Agreements = { found.Select(Reply) } };
    }

    [ReadOnlyCall]
    public override async Task<G.HistoryReply> GetHistory(G.GetAgreementRequest request, ServerCallContext context)
    {
        var agreement = await AgreementQueries.GetAsync(db, Id(request.AgreementId), context.CancellationToken);
        return new G.HistoryReply
        {
            Lines =
            {
                agreement.History.OrderBy(h => h.Id).Select(h => new G.HistoryLine
                {
                    Action = h.Action,
                    From = h.From?.ToString() ?? "",
                    To = h.To.ToString(),
                    By = h.By,
                    ByOrganId = h.ByOrganId,
                    ByRegionCode = h.ByRegionCode,
                    At = Instant(h.At),
                    Note = h.Note ?? "",
                }),
            },
        };
    }

    public override Task<G.AgreementReply> ProposeAgreement(G.AgreementActionRequest request, ServerCallContext context) =>
        ApplyAsync(request.AgreementId, request.ExpectedVersion, async a =>
            a.Propose(caller, await AgreementQueries.PairingsInForceAsync(db, a.Id, a.PartyOrganIds, context.CancellationToken), Now()), context);

    public override async Task<G.AgreementReply> SignAgreement(G.SignRequest request, ServerCallContext context)
    {
        await ValidateAsync(new SignAgreementRequest(request.Signatory, Optional(request.OrganId)), context);
        return await ApplyAsync(request.AgreementId, request.ExpectedVersion, async a => a.Sign(
            caller, Optional(request.OrganId) ?? caller.Organ, request.Signatory, await AgreementQueries.PairingsInForceAsync(db, a.Id, a.PartyOrganIds, context.CancellationToken), Now()), context);
    }

    public override async Task<G.AgreementReply> SuspendAgreement(G.ReasonActionRequest request, ServerCallContext context)
    {
        await ValidateAsync(new ReasonRequest(request.Reason), context);
        return await ApplyAsync(request.AgreementId, request.ExpectedVersion, a => Done(() => a.Suspend(caller, request.Reason, Now())), context);
    }

    public override Task<G.AgreementReply> ResumeAgreement(G.ReasonActionRequest request, ServerCallContext context) =>
        ApplyAsync(request.AgreementId, request.ExpectedVersion, a => Done(() => a.Resume(caller, Optional(request.Reason), Now())), context);

    public override async Task<G.AgreementReply> TerminateAgreement(G.TerminateAgreementRequest request, ServerCallContext context)
    {
        var body = new TerminateRequest(request.Reason, ToRequest(request.Document));
        await ValidateAsync(body, context);
        return await ApplyAsync(request.AgreementId, request.ExpectedVersion, a => Done(() => a.Terminate(caller, body.Reason!, body.Document!.ToReference(), Now())), context);
    }

    public override async Task<G.AgreementReply> ProposeAmendment(G.ProposeAmendmentRequest request, ServerCallContext context)
    {
        var body = new ProposeAmendmentRequest(
            request.Reason,
            request.Parties.Count == 0 ? null : request.Parties.Select(ToRequest).ToArray(),
            request.Term is null ? null : new TermRequest(DateOrNull(request.Term.Start, "Term.Start"), DateOrNull(request.Term.End, "Term.End")),
            request.ReplacePlans || request.Plans.Count > 0 ? request.Plans.Select(ToRequest).ToArray() : null);
        await ValidateAsync(body, context);
        return await ApplyAsync(request.AgreementId, request.ExpectedVersion, async a =>
        {
            var changes = body.ToChanges();
            var organs = a.PartyOrganIds.Union(changes.Parties?.Select(p => p.OrganId) ?? []).ToArray();
            a.ProposeAmendment(caller, body.Reason!, changes, await AgreementQueries.PairingsInForceAsync(db, a.Id, organs, context.CancellationToken), Now());
        }, context);
    }

    public override async Task<G.AgreementReply> SignAmendment(G.SignAmendmentRequest request, ServerCallContext context)
    {
        await ValidateAsync(new SignAmendmentRequest(request.Signatory, Optional(request.OrganId)), context);
        return await ApplyAsync(request.AgreementId, request.ExpectedVersion, async a =>
        {
            var organs = a.PartyOrganIds.Union(a.Amendments.FirstOrDefault(m => m.Number == request.Number)?.RequiredOrganIds ?? []).ToArray();
            a.SignAmendment(caller, request.Number, Optional(request.OrganId) ?? caller.Organ, request.Signatory, await AgreementQueries.PairingsInForceAsync(db, a.Id, organs, context.CancellationToken), Now());
        }, context);
    }

    public override async Task<G.AgreementReply> DeclineAmendment(G.DeclineAmendmentRequest request, ServerCallContext context)
    {
        await ValidateAsync(new ReasonRequest(request.Reason), context);
        return await ApplyAsync(request.AgreementId, request.ExpectedVersion, a => Done(() => a.DeclineAmendment(caller, request.Number, request.Reason, Now())), context);
    }

    public override async Task<G.ActivityReply> RecordActivity(G.RecordActivityRequest request, ServerCallContext context)
    {
        var body = new ActivityRequest(
            request.Area, DateOrNull(request.Date, "Date"), request.HostOrganId, request.ParticipatingOrganIds.ToArray(), request.ParticipantCount, request.Summary, ToRequest(request.Evidence));
        await ValidateAsync(body, context);
        return Reply(await ActivityRecording.RecordAsync(db, Id(request.AgreementId), caller, body.ToInput(), Now(), context.CancellationToken));
    }

    public override async Task<G.UpsertActivityReply> UpsertActivity(G.UpsertActivityRequest request, ServerCallContext context)
    {
        var body = new ActivityRequest(
            request.Area, DateOrNull(request.Date, "Date"), request.HostOrganId, request.ParticipatingOrganIds.ToArray(), request.ParticipantCount, request.Summary, ToRequest(request.Evidence));
        await ValidateAsync(body, context);
        var (activity, outcome) = await ActivityUpsert.ApplyAsync(
            db,
            Id(request.AgreementId),
            request.ExternalReference,
            body.ToInput(),
            caller,
            GrpcArguments.ExpectVersion(request.ExpectedVersion),
            v => GrpcArguments.RequireVersion(request.ExpectedVersion)(v),
            Now(),
            context.CancellationToken);
        return new G.UpsertActivityReply { Outcome = outcome.ToString(), Activity = Reply(activity) };
    }

    [ReadOnlyCall]
    public override async Task<G.ListActivitiesReply> ListActivities(G.ListActivitiesRequest request, ServerCallContext context)
    {
        var found = await ActivityQueries.ListAsync(db, Id(request.AgreementId), Optional(request.Area), request.Year == 0 ? null : request.Year, context.CancellationToken);
        return new G.ListActivitiesReply { Activities = { found.Select(Reply) } };
    }

    [ReadOnlyCall]
    public override async Task<G.ScorecardReply> GetScorecard(G.GetScorecardRequest request, ServerCallContext context)
    {
        var card = await ScorecardQueries.ForAgreementAsync(db, Id(request.AgreementId), ScorecardEndpoints.Year(request.Year == 0 ? null : request.Year, clock), context.CancellationToken);
        return new G.ScorecardReply { AgreementId = card.AgreementId.ToString(), Year = card.Year, Agreements = 1, Areas = { card.Areas.Select(Reply) } };
    }

    [ReadOnlyCall]
    public override async Task<G.ScorecardReply> GetRollUp(G.GetRollUpRequest request, ServerCallContext context)
    {
        var card = await ScorecardQueries.RollUpAsync(
            db, ScorecardEndpoints.Region(Optional(request.Region)), ScorecardEndpoints.Year(request.Year == 0 ? null : request.Year, clock), context.CancellationToken);
        return new G.ScorecardReply { Region = card.Region ?? "", Year = card.Year, Agreements = card.Agreements, Areas = { card.Areas.Select(Reply) } };
    }

    private async Task<G.AgreementReply> ApplyAsync(string agreementId, long expectedVersion, Func<Agreement, Task> change, ServerCallContext context) =>
        Reply(await AgreementChange.ApplyAsync(db, Id(agreementId), GrpcArguments.ExpectVersion(expectedVersion), change, context.CancellationToken));

    private async Task ValidateAsync<T>(T body, ServerCallContext context) =>
        await services.GetRequiredService<IValidator<T>>().ValidateAndThrowAsync(body, context.CancellationToken);

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static G.AgreementReply Reply(Agreement a)
    {
        var reply = new G.AgreementReply
        {
            AgreementId = a.Id.ToString(),
            Kind = a.Kind.ToString(),
            Title = a.Title,
            Witness = a.Witness ?? "",
            Status = AgreementsQueryService.ToContract(a.Status),
            TermStart = Date(a.TermStart),
            TermEnd = a.TermEnd is { } end ? Date(end) : "",
            Parties = { a.Parties.Select(p => new G.Party { OrganId = p.OrganId, OrganName = p.OrganName, RegionCode = p.RegionCode, SignedAt = Instant(p.SignedAt), Signatory = p.Signatory ?? "" }) },
            Plans = { a.Plans.Select(p => new G.AreaPlan { Year = p.Year, Area = p.Area.ToString(), Planned = p.Planned, Goal = p.Goal ?? "" }) },
            ActivatedAt = Instant(a.ActivatedAt),
            SuspensionReason = a.SuspensionReason ?? "",
            EndedAt = Instant(a.EndedAt),
            TerminationReason = a.TerminationReason ?? "",
            Amendments =
            {
                a.Amendments.Select(m => new G.Amendment
                {
                    Number = m.Number,
                    Status = m.Status.ToString(),
                    Reason = m.Reason,
                    RequiredOrganIds = { m.RequiredOrganIds },
                    MissingSignatures = { m.MissingSignatures },
                    ProposedAt = Instant(m.ProposedAt),
                }),
            },
            Version = a.Version,
            DraftingRegionCode = a.DraftingRegionCode ?? "",
            ExternalReference = a.ExternalReference ?? "",
        };
        if (a.DocumentSha256 is not null && a.DocumentLocation is not null)
        {
            reply.Document = new G.DocumentRef { Sha256 = a.DocumentSha256, Location = a.DocumentLocation };
        }

        return reply;
    }

    private static G.ActivityReply Reply(Activity a)
    {
        var reply = new G.ActivityReply
        {
            ActivityId = a.Id.ToString(),
            AgreementId = a.AgreementId.ToString(),
            Area = a.Area.ToString(),
            Date = Date(a.Date),
            HostOrganId = a.HostOrganId,
            ParticipatingOrganIds = { a.ParticipatingOrganIds },
            ParticipantCount = a.ParticipantCount,
            Summary = a.Summary,
            RecordedByOrganId = a.RecordedByOrganId,
            RecordedAt = Instant(a.RecordedAt),
            ExternalReference = a.ExternalReference ?? "",
            Version = a.Version,
        };
        if (a.EvidenceSha256 is not null && a.EvidenceLocation is not null)
        {
            reply.Evidence = new G.DocumentRef { Sha256 = a.EvidenceSha256, Location = a.EvidenceLocation };
        }

        return reply;
    }

    private static G.AreaScore Reply(AreaScore s) => new()
    {
        Area = s.Area.ToString(),
        Planned = s.Planned,
        Actual = s.Actual,
        Activities = s.Activities,
        ApprovedProjects = s.ApprovedProjects,
        Participants = s.Participants,
        CompletionPercent = s.CompletionPercent ?? -1,
    };

    private static PartyRequest ToRequest(G.Party p) => new(p.OrganId, p.OrganName, p.RegionCode);

    private static DocumentRequest? ToRequest(G.DocumentRef? d) => d is null ? null : new DocumentRequest(d.Sha256, d.Location);

    private static PlanRequest ToRequest(G.AreaPlan p) => new(p.Year, p.Area, p.Planned, Optional(p.Goal));

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? DateOrNull(string value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ValidationException([new ValidationFailure(field, $"{field} must be a date as yyyy-MM-dd.")]);

    private static string? Optional(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static Guid Id(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new ValidationException([new ValidationFailure("AgreementId", "AgreementId must be a UUID.")]);
}
