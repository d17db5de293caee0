using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Notifications.Inbox;

/// <summary>
/// A place in a person's inbox, handed out as an opaque token (base64url of "n" and the sequence): list pages continue
/// before it, live streams after it.
/// </summary>
public static class InboxPosition
{
    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"n{sequence.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Null for an absent token; a token this service did not hand out fails validation naming <paramref name="field"/>.</summary>
    public static long? Decode(string? token, string field)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith('n') && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
            // Falls through to the validation error below: the token was not base64url.
        }

        throw new ValidationException([new ValidationFailure(field, "The position is not one this service handed out.")]);
    }

    public static InboxLanguage Language(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? InboxLanguage.English : InboxLanguage.Chinese;
}
