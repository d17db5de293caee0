using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.BuildingBlocks.Security;
using Corridor.Notifications;
using Corridor.Sync.Cli;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.Sync.Tests.Webhooks;

/// <summary><c>corridor-sync webhook …</c> run as its own process against a real Notifications host, as a region's IT team runs it.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed partial class WebhookCommandTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // The receiver is a loopback URL: private targets and plain http have to be allowed for it.
    private static readonly Dictionary<string, string?> LoopbackReceivers = new()
    {
        ["Notifications:Webhooks:AllowPrivateTargets"] = "true",
        ["Notifications:Webhooks:AllowInsecureHttp"] = "true",
    };

    private static readonly Dictionary<string, string> YulinSyncClient = new()
    {
        ["CORRIDOR_SYNC_TOKEN"] = TestTokens.For(DemoOrgans.Yulin, CorridorRoles.SyncClient),
    };

    [SkippableFact]
    public async Task Add_prints_the_id_and_secret_list_shows_the_endpoint_rotate_prints_the_new_secret_and_remove_deletes_it()
    {
        await using var notifications = new ServiceHost<NotificationsServiceMarker>("notifications", await rabbitMq.CreateVirtualHostAsync(), LoopbackReceivers);
        await notifications.StartAsync();
        using var region = notifications.CreateRestClient(TestTokens.For(DemoOrgans.Yulin, CorridorRoles.SyncClient));
        string[] connection = ["--notifications-url", notifications.RestAddress.ToString(), "--retries", "2"];

        var added = await RunAsync(["webhook", "add", "--url", "http://127.0.0.1:9/corridor", "--events", "ProblemUrged,ProjectSubmitted", "--description", "玉林市 系统", .. connection]);
        Assert.True(added.ExitCode == ExitCodes.Ok, added.Output);
        var id = Guid.Parse(EndpointId().Match(added.Output).Groups[1].Value);
        var secret = Secret().Match(added.Output).Value;
        Assert.Contains("Store this secret", added.Output);
        var stored = await SecretsAsync(region, id);
        Assert.Equal(stored.GetProperty("secret").GetString(), secret);

        var listed = await RunAsync(["webhook", "list", .. connection]);
        Assert.True(listed.ExitCode == ExitCodes.Ok, listed.Output);
        var row = listed.Output.Split('\n').Single(line => line.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Contains("http://127.0.0.1:9/corridor", row);
        Assert.Contains("ProblemUrged, ProjectSubmitted", row);
        Assert.Contains("Active", row);

        var rotated = await RunAsync(["webhook", "rotate", id.ToString(), "--overlap", "2h", .. connection]);
        Assert.True(rotated.ExitCode == ExitCodes.Ok, rotated.Output);
        var newSecret = Secret().Match(rotated.Output).Value;
        Assert.NotEqual(secret, newSecret);
        var afterRotation = await SecretsAsync(region, id);
        Assert.Equal(newSecret, afterRotation.GetProperty("secret").GetString());
        Assert.Equal(secret, afterRotation.GetProperty("previousSecret").GetString());

        var removed = await RunAsync(["webhook", "remove", id.ToString(), .. connection]);
        Assert.True(removed.ExitCode == ExitCodes.Ok, removed.Output);
        var empty = await RunAsync(["webhook", "list", .. connection]);
        Assert.True(empty.ExitCode == ExitCodes.Ok && !empty.Output.Contains(id.ToString(), StringComparison.Ordinal), empty.Output);

        var removedAgain = await RunAsync(["webhook", "remove", id.ToString(), .. connection]);
        Assert.Equal(ExitCodes.Refused, removedAgain.ExitCode);
        Assert.Contains("404", removedAgain.Output);
    }

    [SkippableFact]
    public async Task A_refused_url_prints_the_services_problem_and_exits_with_the_refused_code()
    {
        await using var notifications = new ServiceHost<NotificationsServiceMarker>("notifications", await rabbitMq.CreateVirtualHostAsync(), LoopbackReceivers);
        await notifications.StartAsync();
        string[] connection = ["--notifications-url", notifications.RestAddress.ToString(), "--retries", "2"];

        var refused = await RunAsync(["webhook", "add", "--url", "ftp://127.0.0.1/corridor", "--events", "NoSuchEvent", .. connection]);

        Assert.True(refused.ExitCode == ExitCodes.Refused, refused.Output);
        Assert.Contains("400", refused.Output);
        Assert.Contains("The URL must be https or http.", refused.Output);
        Assert.Contains("'NoSuchEvent' is not an event kind", refused.Output);
        Assert.DoesNotContain("whsec_", refused.Output);
        using var region = notifications.CreateRestClient(TestTokens.For(DemoOrgans.Yulin, CorridorRoles.SyncClient));
        var endpoints = await (await region.GetAsync("/api/v1/webhooks/endpoints")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Empty(endpoints.EnumerateArray());
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string[] arguments) => SyncProcess.RunAsync(YulinSyncClient, Timeout, arguments);

    private static async Task<JsonElement> SecretsAsync(HttpClient region, Guid id) =>
        await (await region.GetAsync($"/api/v1/webhooks/endpoints/{id}/secret")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

    [GeneratedRegex(@"endpoint ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex EndpointId();

    [GeneratedRegex(@"whsec_\S+")]
    private static partial Regex Secret();
}
