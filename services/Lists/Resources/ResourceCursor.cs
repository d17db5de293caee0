using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Resources;

/// <summary>
/// Opaque page position: base64url of the last item's (CreatedAt ticks, Id). Listing is ordered by that
/// pair, so a page continues strictly after it and inserts never shift items between pages.
/// </summary>
public sealed record ResourceCursor(DateTime CreatedAt, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    public static ResourceCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new ResourceCursor(new DateTime(ticks, DateTimeKind.Utc), id);
            }
        }
        catch (FormatException)
        {
            // Not base64url: reported below like any other malformed cursor.
        }

        throw new ValidationException([new ValidationFailure("cursor", "The cursor is not one this service issued.")]);
    }
}
