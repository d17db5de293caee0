using System.Security.Claims;
using Corridor.BuildingBlocks.Security;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Corridor.BuildingBlocks.Tests.Security;

public sealed class ScopeAuthorizationTests
{
    private static readonly Endpoint Rest = new(_ => Task.CompletedTask, new EndpointMetadataCollection(), "rest");
    private static readonly Endpoint GrpcWrite = new(_ => Task.CompletedTask, new EndpointMetadataCollection(GrpcMetadata()), "grpc write");
    private static readonly Endpoint GrpcRead = new(_ => Task.CompletedTask, new EndpointMetadataCollection(GrpcMetadata(), new ReadOnlyCallAttribute()), "grpc read");

    [Theory]
    [InlineData("GET", "lists.read")]
    [InlineData("HEAD", "lists.read")]
    [InlineData("POST", "lists.write")]
    [InlineData("PUT", "lists.write")]
    [InlineData("PATCH", "lists.write")]
    [InlineData("DELETE", "lists.write")]
    public void REST_reads_are_GET_and_HEAD_and_everything_else_writes(string method, string scope) =>
        Assert.Equal(scope, ScopeRules.Required("lists", Rest, method));

    [Fact]
    public void A_gRPC_call_is_a_write_unless_its_method_is_marked_read_only()
    {
        Assert.Equal("teams.write", ScopeRules.Required("teams", GrpcWrite, "POST"));
        Assert.Equal("teams.read", ScopeRules.Required("teams", GrpcRead, "POST"));
    }

    [Theory]
    [InlineData("lists.read lists.write", "POST", true)]
    [InlineData("lists.read", "POST", false)]
    [InlineData("lists.read", "GET", true)]
    [InlineData("lists.write", "GET", false)]
    [InlineData("teams.read teams.write", "POST", false)]
    [InlineData("", "GET", false)]
    public async Task A_sync_client_gets_exactly_what_its_scopes_grant(string scopes, string method, bool allowed)
    {
        var result = await AuthorizeAsync(SyncClient(scopes), Rest, method);

        Assert.Equal(allowed, result.HasSucceeded);
        if (!allowed)
        {
            var missing = Assert.Single(result.FailureReasons.OfType<ScopeMissing>());
            Assert.Equal(ScopeRules.Required("lists", Rest, method), missing.Scope);
        }
    }

    [Theory]
    [InlineData("openid", "GET", false)]
    [InlineData("openid", "POST", false)]
    [InlineData("openid lists.read", "GET", true)]
    [InlineData("openid lists.read", "POST", false)]
    [InlineData("openid teams.read teams.write", "POST", false)]
    [InlineData("openid lists.read lists.write", "POST", true)]
    public async Task A_persons_token_is_bounded_by_its_scopes_as_a_clients_is_whatever_roles_its_subject_holds(string scopes, string method, bool allowed)
    {
        var secretariat = Principal(
            new Claim("sub", "secretariat"),
            new Claim(CorridorClaims.ClientId, "corridor-console"),
            new Claim(CorridorClaims.Role, CorridorRoles.Member),
            new Claim(CorridorClaims.Role, CorridorRoles.Secretariat),
            new Claim(CorridorClaims.Scope, scopes));

        var rest = await AuthorizeAsync(secretariat, Rest, method);
        var grpc = await AuthorizeAsync(secretariat, method == "GET" ? GrpcRead : GrpcWrite, "POST");

        Assert.Equal((allowed, allowed), (rest.HasSucceeded, grpc.HasSucceeded));
        if (!allowed)
        {
            Assert.Equal(ScopeRules.Required("lists", Rest, method), Assert.Single(rest.FailureReasons.OfType<ScopeMissing>()).Scope);
        }
    }

    [Fact]
    public async Task A_token_without_any_scope_gets_nothing()
    {
        var person = Principal(new Claim("sub", "staff-450900"), new Claim(CorridorClaims.Role, CorridorRoles.Member));

        Assert.False((await AuthorizeAsync(person, GrpcRead, "POST")).HasSucceeded);
        Assert.False((await AuthorizeAsync(person, Rest, "GET")).HasSucceeded);
    }

    [Fact]
    public void The_caller_reads_client_id_and_scopes_and_the_audit_actor_names_the_client_a_person_acts_through()
    {
        var person = CallerIdentity.From(Principal(
            new Claim("sub", "staff-450000"), new Claim(CorridorClaims.ClientId, "corridor-console"), new Claim(CorridorClaims.Scope, "openid lists.read")));
        var client = CallerIdentity.From(SyncClient("lists.read lists.write"));
        var scp = CallerIdentity.From(Principal(new Claim("sub", "x"), new Claim("scp", "teams.read"), new Claim("scp", "teams.write")));

        Assert.Equal("staff-450000 via corridor-console", person.Actor);
        Assert.Equal(["lists.read", "openid"], person.Scopes.Order(StringComparer.Ordinal));
        Assert.Equal("sync-450900", client.Actor);
        Assert.Equal("sync-450900", client.ClientId);
        Assert.Equal(["teams.read", "teams.write"], scp.Scopes.Order(StringComparer.Ordinal));
        Assert.Null(scp.ClientId);
        Assert.Equal("x", scp.Actor);
    }

    [Fact]
    public void Development_tokens_carry_client_id_and_scopes_and_can_be_issued_already_expired()
    {
        var options = new AuthOptions { Issuer = "test", Audience = "corridor", DevelopmentSigningKey = "corridor-test-signing-key-0123456789abcdef" };
        var caller = new CallerIdentity("sync-450900", "450900", "organ", [CorridorRoles.SyncClient])
        {
            ClientId = "sync-450900",
            Scopes = new HashSet<string> { "lists.write", "lists.read" },
        };

        var token = new JsonWebToken(DevelopmentTokens.Issue(options, caller, TimeSpan.FromMinutes(10)));
        var expired = new JsonWebToken(DevelopmentTokens.Issue(options, caller, TimeSpan.FromMinutes(-10)));

        Assert.Equal("lists.read lists.write", token.GetClaim(CorridorClaims.Scope).Value);
        Assert.Equal("sync-450900", token.GetClaim(CorridorClaims.ClientId).Value);
        Assert.True(expired.ValidTo < DateTime.UtcNow.AddMinutes(-9));
        Assert.True(expired.ValidFrom < expired.ValidTo);
    }

    private static async Task<AuthorizationHandlerContext> AuthorizeAsync(ClaimsPrincipal user, Endpoint endpoint, string method)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.SetEndpoint(endpoint);
        var context = new AuthorizationHandlerContext([new ScopeRequirement("lists")], user, http);
        await new ScopeAuthorizationHandler().HandleAsync(context);
        return context;
    }

    private static ClaimsPrincipal SyncClient(string scopes) => Principal(
        new Claim("sub", "sync-450900"),
        new Claim(CorridorClaims.ClientId, "sync-450900"),
        new Claim(CorridorClaims.Role, CorridorRoles.SyncClient),
        new Claim(CorridorClaims.Role, CorridorRoles.Member),
        new Claim(CorridorClaims.Scope, scopes));

    private static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    private static GrpcMethodMetadata GrpcMetadata() => new(
        typeof(object),
        new Method<string, string>(MethodType.Unary, "corridor.test.v1.Test", "Call", Marshallers.StringMarshaller, Marshallers.StringMarshaller));
}
