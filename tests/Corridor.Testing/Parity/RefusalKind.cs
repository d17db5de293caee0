namespace Corridor.Testing.Parity;

/// <summary>The refusals both adapters share, each with its REST status and its gRPC status code.</summary>
public enum RefusalKind
{
    /// <summary>400 ↔ INVALID_ARGUMENT, compared by field names.</summary>
    InvalidInput,

    /// <summary>401 ↔ UNAUTHENTICATED.</summary>
    Unauthenticated,

    /// <summary>403 ↔ PERMISSION_DENIED, compared by code.</summary>
    Forbidden,

    /// <summary>404 ↔ NOT_FOUND.</summary>
    NotFound,

    /// <summary>409 ↔ FAILED_PRECONDITION (a domain rule), compared by code.</summary>
    Conflict,

    /// <summary>412 ↔ ABORTED stale-version.</summary>
    Stale,

    /// <summary>428 ↔ FAILED_PRECONDITION precondition-required.</summary>
    PreconditionRequired,

    /// <summary>422 ↔ INVALID_ARGUMENT with a reason and no field violations (a reused Idempotency-Key), compared by code.</summary>
    Unprocessable,
}
