namespace Corridor.SystemTests.Authorization;

/// <summary>What a call answered, REST and gRPC alike: 401/403 or UNAUTHENTICATED/PERMISSION_DENIED, and the stable code given.</summary>
public sealed record CallOutcome(int HttpStatus, Grpc.Core.StatusCode? GrpcStatus, string? Code, string? Scope, string Detail)
{
    public bool Unauthenticated => GrpcStatus is { } s ? s == Grpc.Core.StatusCode.Unauthenticated : HttpStatus == 401;

    public bool Forbidden => GrpcStatus is { } s ? s == Grpc.Core.StatusCode.PermissionDenied : HttpStatus == 403;

    public bool Refused => Unauthenticated || Forbidden;

    public override string ToString() =>
        $"{(GrpcStatus is { } s ? s.ToString() : HttpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(Code is null ? "" : " " + Code)}{(Scope is null ? "" : " (" + Scope + ")")}";
}
