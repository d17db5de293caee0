using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Persistence;
using FluentValidation;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>Maps the same exceptions the REST adapter knows to gRPC status codes with rich error details.</summary>
public sealed class GrpcExceptionInterceptor : Interceptor
{
    private const string Domain = "corridor";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ToStatus(ex) is { } status)
        {
            throw status.ToRpcException();
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ToStatus(ex) is { } status)
        {
            throw status.ToRpcException();
        }
    }

    public static Google.Rpc.Status? ToStatus(Exception exception) => exception switch
    {
        ValidationException validation => new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The request is not valid.",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        validation.Errors.Select(e => new BadRequest.Types.FieldViolation { Field = e.PropertyName, Description = e.ErrorMessage }),
                    },
                }),
            },
        },
        NotFoundException notFound => WithReason(Code.NotFound, notFound.Message, "not-found"),
        PreconditionFailedException stale => WithReason(Code.Aborted, stale.Message, "stale-version"),
        CursorExpiredException expired => WithReason(Code.OutOfRange, expired.Message, CursorExpiredException.Code),
        PreconditionRequiredException missing => WithReason(Code.FailedPrecondition, missing.Message, "precondition-required"),
        AlreadyExistsException exists => WithReason(Code.AlreadyExists, exists.Message, exists.Code),
        ForbiddenException forbidden => WithReason(Code.PermissionDenied, forbidden.Message, forbidden.Code),
        OrganRefusedException refused => new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = refused.Message,
            Details =
            {
                Any.Pack(new ErrorInfo { Reason = refused.Code, Domain = Domain, Metadata = { ["field"] = refused.Field } }),
                Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = refused.Field, Description = refused.Message } } }),
            },
        },
        DomainRuleException rule => WithReason(Code.FailedPrecondition, rule.Message, rule.Code),
        IdempotencyKeyReusedException reused => WithReason(Code.InvalidArgument, reused.Message, IdempotencyKeyReusedException.Code),
        DbUpdateException when ForeignKeyViolation.Is(exception) => WithReason(Code.FailedPrecondition, ForeignKeyViolation.Message, ForeignKeyViolation.Code),
        DbUpdateConcurrencyException => WithReason(Code.Aborted, "The record was changed by someone else; reload it and apply your change again.", "concurrency-conflict"),
        _ when DatabaseBusy.Is(exception) => WithReason(Code.Unavailable, DatabaseBusy.Message, DatabaseBusy.Code),
        DependencyUnavailableException unavailable => WithReason(Code.Unavailable, unavailable.Message, "dependency-unavailable"),
        _ => null,
    };

    private static Google.Rpc.Status WithReason(Code code, string message, string reason) => new()
    {
        Code = (int)code,
        Message = message,
        Details = { Any.Pack(new ErrorInfo { Reason = reason, Domain = Domain }) },
    };
}
