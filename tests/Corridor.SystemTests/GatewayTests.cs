using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Contracts.Lists.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;

namespace Corridor.SystemTests;

/// <summary>The gateway in front of the three services on real loopback ports: routing, per-client limits, one OpenAPI document.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class GatewayTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task REST_and_gRPC_through_the_gateway_reach_the_owning_service_with_the_caller_s_token()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await using var gateway = await system.StartGatewayAsync();
        using var yulin = gateway.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var raised = await (await yulin.PostJsonAsync("/api/v1/problems", new { title = "通关时间长", category = "Customs", severity = "Medium" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(DemoOrgans.Yulin.RegionCode, raised.GetProperty("raisedByRegionCode").GetString());
        await (await yulin.GetAsync("/api/v1/agreements")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await yulin.GetAsync("/api/v1/teams")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        using var anonymous = new HttpClient { BaseAddress = gateway.RestAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/problems")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await yulin.GetAsync("/api/v1/nothing-here")).StatusCode);

        using var channel = GrpcChannel.ForAddress(gateway.GrpcAddress);
        var problems = new Problems.ProblemsClient(channel);
        var auth = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Yulin)}" } };
        var problem = await problems.GetProblemAsync(new GetProblemRequest { ProblemId = raised.GetProperty("id").GetString() }, auth);
        Assert.Equal("通关时间长", problem.Title);
        var unauthenticated = await Assert.ThrowsAsync<RpcException>(async () => await problems.GetProblemAsync(new GetProblemRequest { ProblemId = problem.ProblemId }));
        Assert.Equal(StatusCode.Unauthenticated, unauthenticated.StatusCode);
    }

    [SkippableFact]
    public async Task Each_client_has_its_own_limit_and_a_refused_request_is_429_with_Retry_After()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var yulinSubject = $"{DemoOrgans.Yulin.Name}/member";
        await using var gateway = await system.StartGatewayAsync(new Dictionary<string, string?>
        {
            ["Gateway:RateLimits:PermitsPerWindow"] = "3",
            ["Gateway:RateLimits:Window"] = "00:10:00",
            [$"Gateway:RateLimits:Clients:{yulinSubject}"] = "5",
        });
        using var yulin = gateway.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var hezhou = gateway.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await hezhou.GetAsync("/api/v1/problems")).StatusCode);
        }

        using var refused = await hezhou.GetAsync("/api/v1/problems");
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await yulin.GetAsync("/api/v1/problems")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await yulin.GetAsync("/api/v1/problems")).StatusCode);
        using var health = new HttpClient { BaseAddress = gateway.RestAddress };
        Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("/health/ready")).StatusCode);
    }

    [SkippableFact]
    public async Task One_OpenAPI_document_holds_every_service_s_paths_and_the_gateway_routes_each_to_its_owner()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await using var gateway = await system.StartGatewayAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.RestAddress };

        var merged = await (await anonymous.GetAsync("/openapi/v1.json")).ReadAsAsync<JsonObject>(HttpStatusCode.OK);

        var routes = gateway.Services.GetRequiredService<IProxyStateLookup>().GetRoutes()
            .Select(r => (Template: TemplateParser.Parse(r.Config.Match.Path!.TrimStart('/')), r.Cluster!.Model.Config.Metadata?.GetValueOrDefault("Service")))
            .ToList();
        foreach (var (service, host) in new[] { ("Lists", system.Lists.RestAddress), ("Agreements", system.Agreements.RestAddress), ("Teams", system.Teams.RestAddress), ("Directory", system.Directory.RestAddress), ("Notifications", system.Notifications.RestAddress) })
        {
            using var direct = new HttpClient { BaseAddress = host };
            var own = (await (await direct.GetAsync("/openapi/v1.json")).ReadAsAsync<JsonObject>(HttpStatusCode.OK))["paths"]!.AsObject();
            Assert.NotEmpty(own);
            foreach (var (path, _) in own)
            {
                Assert.True(merged["paths"]!.AsObject().ContainsKey(path), $"{path} of {service} is missing from the merged document");
                var concrete = "/" + string.Join('/', path.Trim('/').Split('/').Select(s => s.StartsWith('{') ? Guid.NewGuid().ToString() : s));
                var owners = routes.Where(r => new TemplateMatcher(r.Template, new()).TryMatch(concrete, new())).Select(r => r.Item2).Distinct().ToList();
                Assert.True(owners.SequenceEqual([service]), $"{path} of {service} is routed to [{string.Join(", ", owners)}]");
            }
        }

        Assert.Equal("Corridor API", merged["info"]!["title"]!.GetValue<string>());
        if (Environment.GetEnvironmentVariable("CORRIDOR_OPENAPI_OUT") is { Length: > 0 } file)
        {
            // CI lints this file with Spectral's OpenAPI ruleset.
            await File.WriteAllTextAsync(file, merged.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
