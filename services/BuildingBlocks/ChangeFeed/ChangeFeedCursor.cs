using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// Opaque cursors: a feed position with the journal's horizon when it was handed out, or a place in the
/// state listing (record type index, last id).
/// </summary>
public static class ChangeFeedCursor
{
    private const string FeedPrefix = "f1:";
    private const string StatePrefix = "s1:";

    public static string Feed(FeedCursor cursor) =>
        Encode(FormattableString.Invariant($"{FeedPrefix}{cursor.Position}:{cursor.Horizon}"));

    /// <summary>Where to read after; the start (position 0) for an empty cursor.</summary>
    public static FeedCursor ParseFeed(string? cursor, string field)
    {
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return FeedCursor.Start;
        }

        var parts = Decode(cursor) is { } text && text.StartsWith(FeedPrefix, StringComparison.Ordinal)
            ? text[FeedPrefix.Length..].Split(':')
            : [];
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var horizon))
        {
            return new FeedCursor(position, horizon);
        }

        throw Invalid(field);
    }

    public static string State(int typeIndex, Guid lastId) =>
        Encode(FormattableString.Invariant($"{StatePrefix}{typeIndex}:{lastId:N}"));

    public static (int TypeIndex, Guid? LastId) ParseState(string? cursor, int typeCount, string field)
    {
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return (0, null);
        }

        var parts = Decode(cursor) is { } text && text.StartsWith(StatePrefix, StringComparison.Ordinal)
            ? text[StatePrefix.Length..].Split(':')
            : [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < typeCount
            && Guid.TryParseExact(parts[1], "N", out var id))
        {
            return (index, id);
        }

        throw Invalid(field);
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));

    private static string? Decode(string cursor)
    {
        try
        {
            return Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ValidationException Invalid(string field) =>
        new([new ValidationFailure(field, "Not a cursor of this feed; pass the `next` value of a previous page, or nothing to start from the beginning.")]);
}
