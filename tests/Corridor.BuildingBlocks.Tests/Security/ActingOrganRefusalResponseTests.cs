using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Tests.Security;

public sealed class ActingOrganRefusalResponseTests
{
    [Theory]
    [InlineData(ActingOrganRefused.OtherRegion, 403)]
    [InlineData(ActingOrganRefused.DirectoryUnavailable, 503)]
    public async Task REST_answers_a_problem_with_the_code(string code, int status)
    {
        var http = await RefuseAsync(code, contentType: "application/json");

        Assert.Equal(status, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("玉林", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActingOrganRefused.OtherRegion, "7")]
    [InlineData(ActingOrganRefused.DirectoryUnavailable, "14")]
    public async Task gRPC_answers_PERMISSION_DENIED_or_UNAVAILABLE_with_the_reason(string code, string grpcStatus)
    {
        var http = await RefuseAsync(code, contentType: "application/grpc");

        Assert.Equal(grpcStatus, http.Response.Headers["grpc-status"].ToString());
        var details = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(http.Response.Headers["grpc-status-details-bin"].ToString()));
        Assert.Equal(code, details.Details.Single().Unpack<Google.Rpc.ErrorInfo>().Reason);
    }

    private static async Task<HttpContext> RefuseAsync(string code, string contentType)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new CorridorAuthorizationResultHandler(services.GetRequiredService<IProblemDetailsService>());
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.ContentType = contentType;
        http.Response.Body = new MemoryStream();
        var reason = new ActingOrganRefused(new ActingOrganHandler(), code, "Corridor-Organ: organ 11441200MB00000042 is not of 玉林市 (450900).");
        var policy = new AuthorizationPolicyBuilder().AddRequirements(new ActingOrganRequirement()).Build();

        await handler.HandleAsync(_ => Task.CompletedTask, http, policy, PolicyAuthorizationResult.Forbid(AuthorizationFailure.Failed([reason])));
        return http;
    }
}
