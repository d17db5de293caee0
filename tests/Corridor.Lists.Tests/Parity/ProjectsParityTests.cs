using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Drafting = Corridor.Lists.Projects.Drafting;
using Execution = Corridor.Lists.Projects.Execution;
using ProjectsClient = Corridor.Contracts.Lists.V1.Projects.ProjectsClient;
using Queries = Corridor.Lists.Projects.Queries;
using Review = Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Tests.Parity;

/// <summary>
/// Every project use case refuses the same invalid input and the same unauthorised caller in the same words over REST
/// and over gRPC: 400 field keys ↔ INVALID_ARGUMENT field violations, 403/409 code ↔ PERMISSION_DENIED/FAILED_PRECONDITION
/// reason, 404 ↔ NOT_FOUND, 412 ↔ ABORTED, 428 ↔ FAILED_PRECONDITION precondition-required, 401 ↔ UNAUTHENTICATED.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectsParityTests(SharedRabbitMq rabbitMq)
{
    private const string P = ListsHost.Path;
    private static readonly string Long = new('长', 4001);
    private static readonly string Unknown = Guid.NewGuid().ToString();

    [Fact]
    public void Every_project_use_case_has_a_parity_row()
    {
        var catalog = UseCaseCatalog.Of(typeof(ListsServiceExtensions).Assembly)
            .Select(u => u.Request)
            .Where(t => t.Namespace!.StartsWith("Corridor.Lists.Projects", StringComparison.Ordinal))
            // Teams asks GetProjectStatus over ProjectsQuery only: it has no REST route to compare with.
            .Where(t => t != typeof(Lists.Projects.Queries.GetProjectStatus))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(catalog, Rows().Select(r => r.UseCase.FullName!).Distinct().Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task REST_and_gRPC_refuse_every_project_use_case_alike()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var call = new Call(host, new ProjectsClient(channel), (await ListsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing)).ToString());

        foreach (var row in Rows())
        {
            Refusal? rest;
            using (var response = await row.Rest(call))
            {
                rest = await Refusal.OfHttpAsync(response);
            }

            Assert.True(row.Expected == rest, $"{row.UseCase.Name} over REST: expected {row.Expected}, got {rest?.ToString() ?? "an answer"}");
            if (row.Grpc is not null)
            {
                var grpc = await Refusal.OfGrpcAsync(() => row.Grpc(call));
                Assert.True(row.Expected == grpc, $"{row.UseCase.Name} over gRPC: expected {row.Expected}, got {grpc?.ToString() ?? "an answer"}");
            }
        }
    }

    /// <summary>A row without a gRPC call is a REST-only use case (lists.v1 has no method for it).</summary>
    private static IEnumerable<Row> Rows()
    {
        var yulin = TestTokens.Member(DemoOrgans.Yulin);
        var zhaoqing = TestTokens.Coordinator(DemoOrgans.Zhaoqing);
        var noTitle = new { title = "", partners = Array.Empty<object>() };
        var content = new ProjectContentMessage();

        yield return new(typeof(Drafting.CreateProject), Refusal.Invalid("Partners", "Title"),
            c => c.Rest(yulin, HttpMethod.Post, P, noTitle),
            async c => await c.Grpc.CreateProjectAsync(new CreateProjectCall { Content = content }, Bearer(yulin)));
        yield return new(typeof(Drafting.EditProject), Refusal.Invalid("Partners", "Title"),
            c => c.Rest(yulin, HttpMethod.Put, $"{P}/{c.ProjectId}", noTitle, "\"v1\""),
            async c => await c.Grpc.UpdateProjectAsync(new UpdateProjectCall { ProjectId = c.ProjectId, ExpectedVersion = 1, Content = content }, Bearer(yulin)));
        yield return new(typeof(Drafting.EditProject), Refusal.Of(RefusalKind.PreconditionRequired, "precondition-required"),
            c => c.Rest(yulin, HttpMethod.Put, $"{P}/{c.ProjectId}", ListsHost.CreateBody(DemoOrgans.Zhaoqing)),
            async c => await c.Grpc.UpdateProjectAsync(new UpdateProjectCall { ProjectId = c.ProjectId, Content = Valid() }, Bearer(yulin)));
        yield return new(typeof(Drafting.UpsertProject), Refusal.Invalid("Partners", "Title", "externalReference"),
            c => c.Rest(yulin, HttpMethod.Put, $"{P}/by-ref/{new string('r', 101)}", noTitle),
            async c => await c.Grpc.UpsertProjectAsync(new UpsertProjectCall { ExternalReference = new string('r', 101), Content = content }, Bearer(yulin)));
        yield return new(typeof(Drafting.HandPen), Refusal.Invalid("RegionCode"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/pen", new { regionCode = "" }),
            async c => await c.Grpc.HandPenAsync(new HandPenCall { ProjectId = c.ProjectId }, Bearer(yulin)));
        yield return new(typeof(Drafting.ListRevisions), Refusal.Of(RefusalKind.NotFound, "not-found"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/{Unknown}/revisions"), null);
        yield return new(typeof(Drafting.GetRevision), Refusal.Invalid("number"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/{c.ProjectId}/revisions/9"), null);
        yield return new(typeof(Drafting.GetRevisionDiff), Refusal.Invalid("to"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/{c.ProjectId}/diff?from=1&to=9"),
            async c => await c.Grpc.GetRevisionDiffAsync(new RevisionDiffCall { ProjectId = c.ProjectId, From = 1, To = 9 }, Bearer(yulin)));

        yield return new(typeof(Review.SubmitProject), Refusal.Of(RefusalKind.Stale, "stale-version"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/submit", ifMatch: "\"v9\""),
            async c => await c.Grpc.SubmitProjectAsync(new ProjectActionCall { ProjectId = c.ProjectId, ExpectedVersion = 9 }, Bearer(yulin)));
        yield return new(typeof(Review.ApproveProject), Refusal.Of(RefusalKind.Forbidden, "role-missing"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/approvals", new { revision = 1 }),
            async c => await c.Grpc.ApproveProjectAsync(new ApproveProjectCall { ProjectId = c.ProjectId, Revision = 1 }, Bearer(yulin)));
        yield return new(typeof(Review.SendBackProject), Refusal.Of(RefusalKind.Forbidden, "role-missing"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/send-back", new { revision = 1, comments = "请补充预算" }),
            async c => await c.Grpc.SendBackProjectAsync(new ReviewDecisionCall { ProjectId = c.ProjectId, Revision = 1, Text = "请补充预算" }, Bearer(yulin)));
        yield return new(typeof(Review.SendBackProject), Refusal.Invalid("Comments", "Revision"),
            c => c.Rest(zhaoqing, HttpMethod.Post, $"{P}/{c.ProjectId}/send-back", new { comments = Long }),
            async c => await c.Grpc.SendBackProjectAsync(new ReviewDecisionCall { ProjectId = c.ProjectId, Text = Long }, Bearer(zhaoqing)));
        yield return new(typeof(Review.RejectProject), Refusal.Invalid("Reason"),
            c => c.Rest(zhaoqing, HttpMethod.Post, $"{P}/{c.ProjectId}/reject", new { revision = 1, reason = Long }),
            async c => await c.Grpc.RejectProjectAsync(new ReviewDecisionCall { ProjectId = c.ProjectId, Revision = 1, Text = Long }, Bearer(zhaoqing)));
        yield return new(typeof(Review.GetReviewQueue), Refusal.Of(RefusalKind.Forbidden, "role-missing"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/review-queue"),
            async c => await c.Grpc.GetReviewQueueAsync(new ReviewQueueCall(), Bearer(yulin)));
        yield return new(typeof(Review.ListOverdueReviews), Refusal.Of(RefusalKind.Forbidden, "role-missing"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/reviews/overdue"), null);
        yield return new(typeof(Review.ListBlockedReviews), Refusal.Of(RefusalKind.Forbidden, "role-missing"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/reviews/blocked"), null);
        yield return new(typeof(Review.GetProjectHistory), Refusal.Of(RefusalKind.NotFound, "not-found"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/{Unknown}/history"),
            async c => await c.Grpc.GetReviewHistoryAsync(new ProjectIdCall { ProjectId = Unknown }, Bearer(yulin)));

        yield return new(typeof(Execution.StartExecution), Refusal.Of(RefusalKind.Conflict, "project.illegal-transition"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/start"),
            async c => await c.Grpc.StartExecutionAsync(new ProjectDateCall { ProjectId = c.ProjectId }, Bearer(yulin)));
        yield return new(typeof(Execution.ReportMilestoneProgress), Refusal.Invalid("Note", "Percent"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/milestones/1/progress", new { percent = 101, note = Long }),
            async c => await c.Grpc.ReportMilestoneProgressAsync(new MilestoneProgressCall { ProjectId = c.ProjectId, Milestone = 1, Percent = 101, Note = Long }, Bearer(yulin)));
        yield return new(typeof(Execution.CompleteProject), Refusal.Of(RefusalKind.NotFound, "not-found"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{Unknown}/complete"),
            async c => await c.Grpc.CompleteProjectAsync(new ProjectDateCall { ProjectId = Unknown }, Bearer(yulin)));
        yield return new(typeof(Execution.CancelProject), Refusal.Invalid("Reason"),
            c => c.Rest(yulin, HttpMethod.Post, $"{P}/{c.ProjectId}/cancel", new { reason = Long }),
            async c => await c.Grpc.CancelProjectAsync(new ReviewDecisionCall { ProjectId = c.ProjectId, Text = Long }, Bearer(yulin)));

        yield return new(typeof(Queries.GetProject), Refusal.Of(RefusalKind.NotFound, "not-found"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}/{Unknown}"),
            async c => await c.Grpc.GetProjectAsync(new ProjectIdCall { ProjectId = Unknown }, Bearer(yulin)));
        yield return new(typeof(Queries.ListProjects), Refusal.Invalid("Limit", "Status"),
            c => c.Rest(yulin, HttpMethod.Get, $"{P}?status=Bogus&limit=500"),
            async c => await c.Grpc.ListProjectsAsync(new ListProjectsCall { Status = "Bogus", PageSize = 500 }, Bearer(yulin)));
        yield return new(typeof(Queries.GetProjectStatistics), Refusal.Of(RefusalKind.Unauthenticated, null),
            c => c.Rest(null, HttpMethod.Get, $"{P}/statistics"),
            async c => await c.Grpc.GetProjectStatisticsAsync(new ProjectStatisticsCall()));
    }

    private static ProjectContentMessage Valid() => new()
    {
        Title = "玉林—肇庆 党建引领产业协作",
        Partners = { new ProjectPartnerMessage { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode } },
    };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    private sealed record Row(Type UseCase, Refusal Expected, Func<Call, Task<HttpResponseMessage>> Rest, Func<Call, Task>? Grpc);

    private sealed record Call(ServiceHost<ListsServiceMarker> Host, ProjectsClient Grpc, string ProjectId)
    {
        public async Task<HttpResponseMessage> Rest(string? token, HttpMethod method, string path, object? body = null, string? ifMatch = null)
        {
            using var client = token is null ? new HttpClient { BaseAddress = Host.RestAddress } : Host.CreateRestClient(token);
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            }

            if (ifMatch is not null)
            {
                request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
            }

            var response = await client.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
    }
}
