using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Projects;

/// <summary>
/// Opaque page token: base64url of the last row's (CreatedAt ticks, Id). Lists are ordered by (CreatedAt, Id),
/// so a project created meanwhile never shifts a page: nothing is skipped or repeated.
/// </summary>
internal readonly record struct ProjectCursor(DateTime CreatedAt, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"p{CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    public static ProjectCursor? Decode(string? token, string field)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split(':');
            if (parts.Length == 2 && parts[0].StartsWith('p') && long.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= 3155378975999999999 && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new ProjectCursor(new DateTime(ticks, DateTimeKind.Utc), id);
            }
        }
        catch (FormatException)
        {
            // Falls through to the validation error below: the token was not base64url.
        }

        throw new ValidationException([new ValidationFailure(field, "The cursor is not one this service handed out.")]);
    }
}
