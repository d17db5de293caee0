using Grpc.Core;

namespace Corridor.Testing.Parity;

public static class RefusalKinds
{
    public static RefusalKind? FromHttp(int status) => status switch
    {
        400 => RefusalKind.InvalidInput,
        401 => RefusalKind.Unauthenticated,
        403 => RefusalKind.Forbidden,
        404 => RefusalKind.NotFound,
        409 => RefusalKind.Conflict,
        412 => RefusalKind.Stale,
        422 => RefusalKind.Unprocessable,
        428 => RefusalKind.PreconditionRequired,
        _ => null,
    };

    /// <summary>
    /// FAILED_PRECONDITION is split by its reason, as REST splits 409 from 428; INVALID_ARGUMENT with a reason is the
    /// 422 of a reused key, without one it is invalid input.
    /// </summary>
    public static RefusalKind? FromGrpc(StatusCode code, string? reason) => code switch
    {
        StatusCode.InvalidArgument when reason is not null => RefusalKind.Unprocessable,
        StatusCode.InvalidArgument => RefusalKind.InvalidInput,
        StatusCode.Unauthenticated => RefusalKind.Unauthenticated,
        StatusCode.PermissionDenied => RefusalKind.Forbidden,
        StatusCode.NotFound => RefusalKind.NotFound,
        StatusCode.FailedPrecondition when reason == "precondition-required" => RefusalKind.PreconditionRequired,
        StatusCode.FailedPrecondition => RefusalKind.Conflict,
        StatusCode.Aborted => RefusalKind.Stale,
        _ => null,
    };
}
