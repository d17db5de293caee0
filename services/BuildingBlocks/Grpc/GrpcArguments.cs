using System.Globalization;
using Corridor.BuildingBlocks.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// Reading proto3 request fields, where "absent" is the empty string or zero, into the types the feature
/// code takes. A malformed value fails as INVALID_ARGUMENT naming the field, like a REST 400.
/// </summary>
public static class GrpcArguments
{
    public static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static Guid Id(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw Invalid(field, $"{field} must be a UUID.");

    public static Guid? OptionalId(string value, string field) => string.IsNullOrWhiteSpace(value) ? null : Id(value, field);

    public static DateOnly? Date(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Invalid(field, $"{field} must be a date written yyyy-MM-dd.");

    public static decimal? Decimal(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : throw Invalid(field, $"{field} must be a decimal number written with a '.' (e.g. 1200.5).");

    public static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Text(DateTime? instant) => instant?.ToString("O", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The gRPC version precondition: 0 means "none", like a request without If-Match.</summary>
    public static Action<long> ExpectVersion(long expectedVersion) => current =>
    {
        if (expectedVersion != 0 && expectedVersion != current)
        {
            throw new PreconditionFailedException(current);
        }
    };

    /// <summary>For update calls: expected_version must be set (otherwise FAILED_PRECONDITION "precondition-required") and current.</summary>
    public static Action<long> RequireVersion(long expectedVersion) => expectedVersion <= 0
        ? throw new PreconditionRequiredException("expected_version")
        : ExpectVersion(expectedVersion);

    /// <summary>expected_version as a use case's version precondition (0: not given).</summary>
    public static UseCases.VersionPrecondition Expected(long expectedVersion) =>
        new(expectedVersion != 0, ExpectVersion(expectedVersion), version => RequireVersion(expectedVersion)(version));

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
