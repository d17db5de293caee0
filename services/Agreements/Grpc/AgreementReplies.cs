using System.Globalization;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Scorecards;
using Corridor.BuildingBlocks.Grpc;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>Use case results as proto replies: dates as yyyy-MM-dd, instants as UTC round-trip text, absent values as "".</summary>
internal static class AgreementReplies
{
    /// <summary>A written or listed agreement's reply: the same mapping as GetAgreement's, so every reply orders alike.</summary>
    /// <summary>An agreement's reply from what was read: parties and plans in the order REST shows them, amendments by number.</summary>
    public static G.AgreementReply Agreement(AgreementView view)
    {
        var a = view.Response;
        var reply = new G.AgreementReply
        {
            AgreementId = a.Id.ToString(),
            Kind = a.Kind,
            Title = a.Title,
            Witness = a.Witness ?? "",
            Status = AgreementsQueryService.ToContract(Enum.Parse<AgreementStatus>(a.Status)),
            TermStart = GrpcArguments.Text(a.TermStart),
            TermEnd = GrpcArguments.Text(a.TermEnd),
            Parties = { a.Parties.Select(p => new G.Party { OrganId = p.OrganId, OrganName = p.OrganName, RegionCode = p.RegionCode, SignedAt = Instant(p.SignedAt), Signatory = p.Signatory ?? "" }) },
            Plans = { a.Plans.Select(p => new G.AreaPlan { Year = p.Year, Area = p.Area, Planned = p.Planned, Goal = p.Goal ?? "" }) },
            ActivatedAt = Instant(a.ActivatedAt),
            SuspensionReason = a.SuspensionReason ?? "",
            EndedAt = Instant(a.EndedAt),
            TerminationReason = a.TerminationReason ?? "",
            Amendments =
            {
                view.Amendments.Select(m => new G.Amendment
                {
                    Number = m.Number,
                    Status = m.Status,
                    Reason = m.Reason,
                    RequiredOrganIds = { m.RequiredOrganIds },
                    MissingSignatures = { m.MissingSignatures },
                    ProposedAt = Instant(m.ProposedAt),
                    RequiredOrganNames = { (m.RequiredOrganNames ?? []).Select(n => n ?? "") },
                    MissingSignatureNames = { (m.MissingSignatureOrganNames ?? []).Select(n => n ?? "") },
                    ProposedByOrganId = m.ProposedByOrganId,
                    ProposedByOrganName = m.ProposedByOrganName ?? "",
                }),
            },
            Version = a.Version,
            DraftingRegionCode = a.DraftingRegionCode ?? "",
            ExternalReference = a.ExternalReference ?? "",
        };
        if (a.Document is { } document)
        {
            reply.Document = new G.DocumentRef { Sha256 = document.Sha256, Location = document.Location };
        }

        return reply;
    }

    public static G.HistoryLine HistoryLine(AgreementTransitionResponse h) => new()
    {
        Action = h.Action,
        From = h.From ?? "",
        To = h.To,
        By = h.By,
        ByOrganId = h.ByOrganId,
        ByRegionCode = h.ByRegionCode,
        At = Instant(h.At),
        Note = h.Note ?? "",
        ByOrganName = h.ByOrganName ?? "",
    };

    public static G.ActivityReply Activity(Activities.ActivityResponse a)
    {
        var reply = new G.ActivityReply
        {
            ActivityId = a.Id.ToString(),
            HostOrganName = a.HostOrganName ?? "",
            ParticipatingOrganNames = { (a.ParticipatingOrganNames ?? []).Select(n => n ?? "") },
            RecordedByOrganName = a.RecordedByOrganName ?? "",
            AgreementId = a.AgreementId.ToString(),
            Area = a.Area.ToString(),
            Date = GrpcArguments.Text(a.Date),
            HostOrganId = a.HostOrganId,
            ParticipatingOrganIds = { a.ParticipatingOrganIds },
            ParticipantCount = a.ParticipantCount,
            Summary = a.Summary,
            RecordedByOrganId = a.RecordedByOrganId,
            RecordedAt = Instant(a.RecordedAt),
            ExternalReference = a.ExternalReference ?? "",
            Version = a.Version,
        };
        if (a.Evidence is { } evidence)
        {
            reply.Evidence = new G.DocumentRef { Sha256 = evidence.Sha256, Location = evidence.Location };
        }

        return reply;
    }

    public static G.AreaScore Score(AreaScore s) => new()
    {
        Area = s.Area.ToString(),
        Planned = s.Planned,
        Actual = s.Actual,
        Activities = s.Activities,
        ApprovedProjects = s.ApprovedProjects,
        Participants = s.Participants,
        CompletionPercent = s.CompletionPercent ?? -1,
    };

    // Fixed UTC form with the 'Z', whatever Kind the value was read with.
    private static string Instant(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) ?? "";
}
