using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.SelfDescription;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class ApiReferenceTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task The_gateway_serves_the_Scalar_reference_of_the_merged_document_without_a_token()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await using var gateway = await system.StartGatewayAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.RestAddress };

        using var page = await anonymous.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        // Scalar names the document relative to the application's base: "openapi/v1.json".
        var source = Regex.Match(html, "\"sources\":\\[\\{[^}]*\"url\":\"(?<url>[^\"]+)\"");
        Assert.True(source.Success, html);
        Assert.Equal("/openapi/v1.json", "/" + source.Groups["url"].Value);
        var document = await (await anonymous.GetAsync(source.Groups["url"].Value)).ReadAsAsync<JsonObject>(HttpStatusCode.OK);
        Assert.Equal("Corridor API", document["info"]!["title"]!.GetValue<string>());
        // The services serve their own reference only in Development; these hosts run as Testing.
        using var service = new HttpClient { BaseAddress = system.Lists.RestAddress };
        Assert.NotEqual(HttpStatusCode.OK, (await service.GetAsync("/scalar/")).StatusCode);
    }
}
