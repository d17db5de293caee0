using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>A Lists host whose authority is a real Identity host: it fetches the keys by discovery and trusts only them.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ListsAcceptsIdentityTokensTests(SharedRabbitMq rabbitMq)
{
    private const string Yulin = "450900";

    [SkippableFact]
    public async Task Lists_accepts_a_client_credentials_token_for_the_clients_region_and_refuses_one_signed_by_another_key()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var identity = await IdentityHost.StartAsync();
        await using var lists = new ServiceHost<ListsServiceMarker>("lists", vhost, new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Auth:Authority"] = identity.Address.ToString(),
            ["Services:Agreements:Grpc"] = $"http://127.0.0.1:{FreePorts.Next()}",
        });
        await lists.StartAsync();
        var client = identity.Client(Yulin);

        // The client's organ raises the problem, so the directory must know it (here through Lists' read model).
        await lists.KnowOrgansAsync([new DemoOrgan(client.OrganId, "玉林市直属机关工作委员会", Yulin)]);
        var token = await identity.AccessTokenAsync(client, "lists.read lists.write");

        using var http = lists.CreateRestClient(token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/problems")).StatusCode);
        var raised = await (await http.PostAsJsonAsync("/api/v1/problems", new
        {
            title = "钦州港铁海联运班列运力不足",
            description = "旺季班列舱位紧张，企业货物滞港",
            category = "Logistics",
            severity = "High",
            enterpriseCreditCode = Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("91450700MA5L00001"),
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(Yulin, raised.GetProperty("raisedByRegionCode").GetString());
        Assert.Equal(client.OrganId, raised.GetProperty("raisedByOrganId").GetString());

        using var forged = lists.CreateRestClient(Forge(new JsonWebToken(token)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/problems")).StatusCode);
    }

    [SkippableFact]
    public async Task A_token_issued_under_another_address_of_Identity_is_accepted_only_when_that_issuer_is_listed()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var identity = await IdentityHost.StartAsync();

        // The service reaches Identity at 127.0.0.1; the caller fetched its token at "localhost", which Identity names as issuer.
        var publicAddress = new UriBuilder(identity.Address) { Host = "localhost" }.Uri;
        var client = identity.Client(Yulin);
        using var http = new HttpClient { BaseAddress = publicAddress };
        var response = await (await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.ClientSecret,
            ["scope"] = "lists.read",
        }))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var token = response.GetProperty("access_token").GetString()!;
        Assert.Equal(publicAddress.ToString(), new JsonWebToken(token).Issuer);

        Assert.Equal(HttpStatusCode.Unauthorized, await ListProblemsAsync(vhost, identity, token, validIssuer: null));
        Assert.Equal(HttpStatusCode.OK, await ListProblemsAsync(vhost, identity, token, validIssuer: publicAddress.ToString()));
    }

    private static async Task<HttpStatusCode> ListProblemsAsync(Uri vhost, IdentityHost identity, string token, string? validIssuer)
    {
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Auth:Authority"] = identity.Address.ToString(),
            ["Services:Agreements:Grpc"] = $"http://127.0.0.1:{FreePorts.Next()}",
        };
        if (validIssuer is not null)
        {
            settings["Auth:ValidIssuers:0"] = validIssuer;
        }

        await using var lists = new ServiceHost<ListsServiceMarker>("lists", vhost, settings);
        await lists.StartAsync();
        using var http = lists.CreateRestClient(token);
        return (await http.GetAsync("/api/v1/problems")).StatusCode;
    }

    /// <summary>The same claims, issuer and audience, signed by a key the Identity service never published.</summary>
    private static string Forge(JsonWebToken genuine)
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = genuine.Kid };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = genuine.Issuer,
            Audience = genuine.Audiences.Single(),
            Subject = new ClaimsIdentity(genuine.Claims.Where(c => c.Type is "sub" or CorridorClaims.Region or CorridorClaims.Organ or CorridorClaims.Role or "scope" or "client_id")),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
