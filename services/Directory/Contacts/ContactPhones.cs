namespace Corridor.DirectoryService.Contacts;

/// <summary>
/// A contact's phone: a mainland mobile number (11 digits, 1[3-9]…) or a landline with its area code (0…, 10 to 12
/// digits), written with or without spaces and hyphens. Stored as digits; masked for callers of other regions.
/// </summary>
public static class ContactPhones
{
    /// <summary>The stored form (digits), or null when the input is not such a number.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var trimmed = input.Trim();
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-')))
        {
            return null;
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        var mobile = digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9';
        var landline = digits.Length is >= 10 and <= 12 && digits[0] == '0' && digits[1] != '0';
        return mobile || landline ? digits : null;
    }

    /// <summary>The first three and the last four digits stay (139****5678; 077****1234 for a landline).</summary>
    public static string Mask(string phone) => phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
