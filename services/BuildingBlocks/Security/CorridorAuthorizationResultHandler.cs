using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// A refusal says why, with a stable code: problem+json for REST, PERMISSION_DENIED with an ErrorInfo for gRPC.
/// It names only what the caller lacks (a scope or a role), never anything about the record asked for.
/// </summary>
public sealed class CorridorAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public const string RoleMissing = "role-missing";
    public const string NotAMember = "not-a-member";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // A method nobody serves is answered UNIMPLEMENTED by gRPC itself, whoever calls: there is nothing to protect.
        if (GrpcUnimplementedCall.Is(context.GetEndpoint()))
        {
            await next(context);
            return;
        }

        if (!authorizeResult.Forbidden || authorizeResult.AuthorizationFailure is not { } failure)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var (code, detail, scope) = Explain(failure);
        var transient = failure.FailureReasons.OfType<ActingOrganRefused>().Any(r => r.IsTransient);
        if (IsGrpc(context.Request))
        {
            WriteGrpcStatus(context.Response, transient ? Google.Rpc.Code.Unavailable : Google.Rpc.Code.PermissionDenied, code, detail, scope);
            return;
        }

        var status = transient ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status403Forbidden;
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = transient ? "A service this call depends on did not answer." : "Not allowed.", Detail = detail, Extensions = { ["code"] = code } };
        if (scope is not null)
        {
            problem.Extensions["scope"] = scope;
        }

        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }

    private static (string Code, string Detail, string? Scope) Explain(AuthorizationFailure failure)
    {
        if (failure.FailureReasons.OfType<ScopeMissing>().FirstOrDefault() is { } missing)
        {
            return (ScopeMissing.Code, missing.Message, missing.Scope);
        }

        if (failure.FailureReasons.OfType<ActingOrganRefused>().FirstOrDefault() is { } acting)
        {
            return (acting.Code, acting.Message, null);
        }

        if (failure.FailedRequirements.OfType<RolesAuthorizationRequirement>().FirstOrDefault() is { } roles)
        {
            return (RoleMissing, $"This call requires one of the roles: {string.Join(", ", roles.AllowedRoles)}.", null);
        }

        return (NotAMember, "The token does not name the region and organ of a corridor member.", null);
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    // A trailers-only response: the status travels in the headers, as the gRPC server itself answers a call it refuses before any message.
    private static void WriteGrpcStatus(HttpResponse response, Google.Rpc.Code code, string reason, string message, string? scope)
    {
        var info = new Google.Rpc.ErrorInfo { Reason = reason, Domain = "corridor" };
        if (scope is not null)
        {
            info.Metadata["scope"] = scope;
        }

        var status = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(info) } };
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
    }
}
