using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.BuildingBlocks.Web;

/// <summary>
/// Opaque page token for a list ordered by (timestamp, id): base64url of the last row's ticks and id.
/// A page continues strictly after that pair, so rows inserted meanwhile never shift a page and nothing
/// is skipped or repeated. A <c>scope</c> marks tokens of one list so another list's token is refused.
/// </summary>
public readonly record struct PageCursor(DateTime At, Guid Id)
{
    private const long MaxTicks = 3155378975999999999; // DateTime.MaxValue.Ticks, as a constant pattern

    public string Encode(string scope = "") =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{scope}{At.Ticks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    /// <summary>Null for an absent token; a token this service did not hand out fails validation naming <paramref name="field"/>.</summary>
    public static PageCursor? Decode(string? token, string field, string scope = "")
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split(':');
            if (parts.Length == 2 && parts[0].StartsWith(scope, StringComparison.Ordinal)
                && long.TryParse(parts[0].AsSpan(scope.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= MaxTicks && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new PageCursor(new DateTime(ticks, DateTimeKind.Utc), id);
            }
        }
        catch (FormatException)
        {
            // Falls through to the validation error below: the token was not base64url.
        }

        throw new ValidationException([new ValidationFailure(field, "The cursor is not one this service handed out.")]);
    }
}
