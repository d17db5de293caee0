using System.Globalization;
using Corridor.BuildingBlocks.Grpc;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Projects.Grpc;

/// <summary>The use cases' answers as Projects gRPC replies (proto3: absent values are empty strings).</summary>
internal static class ProjectReplies
{
    public static ProjectReply Project(ProjectResponse view)
    {
        var content = new ProjectContentMessage
        {
            Title = view.Title,
            Description = view.Description,
            Category = view.Category,
            Budget = ProjectContent.Yuan(view.BudgetFen) ?? "",
            StartDate = GrpcArguments.Text(view.StartDate),
            EndDate = GrpcArguments.Text(view.EndDate),
            AgreementId = view.AgreementId?.ToString() ?? "",
        };
        content.Partners.AddRange(view.Partners.Select(p => new ProjectPartnerMessage { OrganId = p.OrganId, RegionCode = p.RegionCode, OrganName = p.OrganName ?? "" }));
        content.Milestones.AddRange(view.Milestones.Select(m => new ProjectMilestonePlan { Title = m.Title, DueDate = GrpcArguments.Text(m.DueDate) }));
        var reply = new ProjectReply
        {
            ProjectId = view.Id.ToString(),
            Content = content,
            LeadOrganId = view.LeadOrganId,
            LeadOrganName = view.LeadOrganName ?? "",
            LeadRegionCode = view.LeadRegionCode,
            PenHolderRegionCode = view.PenHolderRegionCode,
            Status = view.Status,
            Revision = view.Revision,
            Round = view.Round,
            ReviewDueAt = GrpcArguments.Text(view.ReviewDueAt),
            ReviewOverdue = view.ReviewOverdue,
            ReviewComments = view.ReviewComments ?? "",
            RejectionReason = view.RejectionReason ?? "",
            CancellationReason = view.CancellationReason ?? "",
            AgreementStatus = view.Agreement?.Status ?? "",
            AgreementFlagged = view.Agreement?.Flagged ?? false,
            DeployedTeams = view.DeployedTeams.Count(d => d.Active),
            Version = view.Version,
            ExternalReference = view.ExternalReference ?? "",
        };
        reply.Approvals.AddRange(view.Approvals.Select(a => new ProjectApprovalMessage
        {
            Party = a.Party,
            Revision = a.Revision,
            ApprovedBy = a.ApprovedBy,
            ApproverOrgan = a.ApproverOrgan,
            ApprovedAt = GrpcArguments.Text(a.ApprovedAt),
            OnBehalf = a.OnBehalf,
            Note = a.Note ?? "",
            Voided = a.Voided,
        }.WithOrganName(a.ApproverOrganName, (approval, name) => approval.ApproverOrganName = name)));
        reply.PendingApprovals.AddRange(view.PendingApprovals);
        reply.BlockedApprovals.AddRange(view.BlockedApprovals);
        reply.Milestones.AddRange(view.Milestones.Select(m => new ProjectMilestoneMessage
        {
            Number = m.Number,
            Title = m.Title,
            DueDate = GrpcArguments.Text(m.DueDate),
            Percent = m.Percent,
        }));
        return reply;
    }

    public static ListProjectsReply Page(IEnumerable<ProjectSummary> items, string? next)
    {
        var reply = new ListProjectsReply { NextPageToken = next ?? "" };
        reply.Projects.AddRange(items.Select(p => new ProjectSummaryMessage
        {
            ProjectId = p.Id.ToString(),
            Title = p.Title,
            Category = p.Category,
            Status = p.Status,
            LeadRegionCode = p.LeadRegionCode,
            LeadOrganId = p.LeadOrganId,
            LeadOrganName = p.LeadOrganName ?? "",
            AgreementId = p.AgreementId?.ToString() ?? "",
            AgreementFlagged = p.AgreementFlagged,
            Revision = p.Revision,
            ReviewDueAt = GrpcArguments.Text(p.ReviewDueAt),
            ReviewOverdue = p.ReviewOverdue,
            Version = p.Version,
        }));
        return reply;
    }

    public static ProjectHistoryReply History(IEnumerable<ProjectTransitionResponse> entries)
    {
        var reply = new ProjectHistoryReply();
        reply.Entries.AddRange(entries.Select(h => new ProjectTransitionMessage
        {
            Action = h.Action,
            From = h.From ?? "",
            To = h.To,
            Revision = h.Revision,
            By = h.By,
            ByOrganId = h.ByOrganId,
            ByRegionCode = h.ByRegionCode,
            At = GrpcArguments.Text(h.At),
            Note = h.Note ?? "",
        }.WithOrganName(h.ByOrganName, (entry, name) => entry.ByOrganName = name)));
        return reply;
    }

    public static RevisionDiffReply Diff(RevisionDiffResponse diff)
    {
        var reply = new RevisionDiffReply { From = diff.From, To = diff.To };
        reply.Changes.AddRange(diff.Changes.Select(c => new RevisionFieldChange { Field = c.Field, Before = c.Before ?? "", After = c.After ?? "" }));
        return reply;
    }

    public static ProjectStatisticsReply Statistics(ProjectStatisticsResponse statistics)
    {
        var reply = new ProjectStatisticsReply { Projects = statistics.Projects, Rule = statistics.Rule };
        reply.ByLeadRegion.AddRange(statistics.ByLeadRegion.Select(Count));
        reply.ByParticipatingRegion.AddRange(statistics.ByParticipatingRegion.Select(Count));
        return reply;
    }

    private static ProjectRegionStatusCount Count(RegionStatusCount row) => new()
    {
        RegionCode = row.RegionCode,
        Status = row.Status,
        Projects = row.Projects,
        Budget = row.Budget.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
