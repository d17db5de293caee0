using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Teams.Teams;

/// <summary>
/// Reading proto3 request fields, where "absent" is the empty string, into the types the feature code takes.
/// A malformed value fails as INVALID_ARGUMENT naming the field, like a REST 400.
/// </summary>
internal static class TeamsGrpcArguments
{
    public static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static Guid Id(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw Invalid(field, $"{field} must be a UUID.");

    public static Guid? OptionalId(string value, string field) => string.IsNullOrWhiteSpace(value) ? null : Id(value, field);

    public static DateOnly? Date(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Invalid(field, $"{field} must be a date written yyyy-MM-dd.");

    public static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Text(DateTime? instant) => instant?.ToString("O", CultureInfo.InvariantCulture) ?? "";

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
