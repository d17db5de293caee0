using System.Text;

namespace Corridor.Teams.Teams.Members;

/// <summary>
/// Phone numbers are kept only when given, as digits (with an optional leading +), and are shown masked
/// to everyone but the owning region. At most 15 digits (E.164), so an 18-character resident ID number
/// can never be stored in their place.
/// </summary>
public static class PhoneNumbers
{
    public const int MinDigits = 5;
    public const int MaxDigits = 15;

    /// <summary>The stored form (digits, optional leading +), or null when the input is not a phone number.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var trimmed = input.Trim();
        var builder = new StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                builder.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                return null;
            }
        }

        var digits = builder.Length - (builder.Length > 0 && builder[0] == '+' ? 1 : 0);
        return digits is >= MinDigits and <= MaxDigits ? builder.ToString() : null;
    }

    /// <summary>Keeps the first three and the last four digits of a long number (138****5678), only the last two of a short one.</summary>
    public static string Mask(string phone)
    {
        if (phone.Length >= 10)
        {
            return phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
        }

        return new string('*', Math.Max(phone.Length - 2, 3)) + phone[^2..];
    }
}
