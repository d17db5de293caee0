using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Projects;

/// <summary>Real concurrent HTTP requests against one Lists host on SQLite.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ReviewConcurrencyTests(SharedRabbitMq rabbitMq)
{
    private static readonly DemoOrgan[] Partners = [DemoOrgans.Zhaoqing, DemoOrgans.Zhanjiang, DemoOrgans.Hezhou, DemoOrgans.Guangdong];

    [SkippableFact]
    public async Task Concurrent_approvals_of_one_revision_by_every_party_each_count_once_and_approve_once()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProjectsApi(host);
        var id = (await api.CreateAsync(DemoOrgans.Qinzhou, ProjectsApi.Content("北部湾港多方协作", Partners))).GetProperty("id").GetGuid();
        await api.PostOkAsync($"{ProjectsApi.Path}/{id}/submit", TestTokens.Member(DemoOrgans.Qinzhou));
        var reviewers = Partners.Prepend(DemoOrgans.Qinzhou).Select(TestTokens.Coordinator).Append(TestTokens.Secretariat()).ToArray();

        // Every reviewer twice at once: the second of each pair must be refused as already approved, never counted.
        using var start = new SemaphoreSlim(0);
        var calls = reviewers.Concat(reviewers).Select(async token =>
        {
            await start.WaitAsync();
            using var response = await api.SendAsync(HttpMethod.Post, $"{ProjectsApi.Path}/{id}/approvals", token, new { revision = 1 });
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }).ToArray();
        start.Release(calls.Length);
        var answers = await Task.WhenAll(calls);

        Assert.Equal(reviewers.Length, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
            Assert.Matches("review\\.(already-approved|not-submitted)", a.Item2);
        });
        var project = await api.GetAsync($"{ProjectsApi.Path}/{id}");
        Assert.Equal("Approved", project.GetProperty("status").GetString());
        Assert.Equal(
            reviewers.Length,
            project.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("party").GetString()).Distinct().Count());
        Assert.Equal(reviewers.Length, project.GetProperty("approvals").GetArrayLength());
        Assert.Equal(2 + reviewers.Length, project.GetProperty("version").GetInt64());
        var outbox = await host.QueryAsync<ListsDbContext, List<string>>(db => db.OutboxMessages.Select(m => m.MessageType).ToListAsync());
        Assert.Single(outbox, t => t == typeof(ProjectApproved).FullName);
        Assert.Equal(reviewers.Length, outbox.Count(t => t == typeof(ProjectApprovalRecorded).FullName));
    }

    [SkippableFact]
    public async Task Concurrent_edits_naming_the_same_ETag_save_one_revision_and_refuse_the_others_with_412()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProjectsApi(host);
        var id = (await api.CreateAsync(DemoOrgans.Qinzhou, ProjectsApi.Content("钦州—湛江 港航党建联建", [DemoOrgans.Zhanjiang]))).GetProperty("id").GetGuid();
        var token = TestTokens.Member(DemoOrgans.Qinzhou);

        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(1, 6).Select(async i =>
        {
            await start.WaitAsync();
            using var response = await api.SendAsync(
                HttpMethod.Put, $"{ProjectsApi.Path}/{id}", token, ProjectsApi.Content($"钦州—湛江 港航党建联建 第{i}稿", [DemoOrgans.Zhanjiang]), ProjectsApi.ETag(1));
            return response.StatusCode;
        }).ToArray();
        start.Release(calls.Length);
        var answers = await Task.WhenAll(calls);

        Assert.Single(answers, s => s == HttpStatusCode.OK);
        Assert.All(answers.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.PreconditionFailed, s));
        var project = await api.GetAsync($"{ProjectsApi.Path}/{id}");
        Assert.Equal((2, 2L), (project.GetProperty("revision").GetInt32(), project.GetProperty("version").GetInt64()));
        var revisions = await api.GetAsync($"{ProjectsApi.Path}/{id}/revisions");
        Assert.Equal(2, revisions.GetArrayLength());
        Assert.Equal(JsonValueKind.Array, revisions.ValueKind);
    }
}
