using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Corridor.SystemTests.Documentation;

/// <summary>
/// The anchor GitHub gives a markdown heading: its rendered text lower-cased, punctuation dropped, spaces made
/// hyphens, and "-1", "-2", … appended to repeats within one document.
/// </summary>
public static partial class GitHubSlug
{
    /// <summary>The anchors of a document's headings, in order, repeats numbered as GitHub numbers them.</summary>
    public static IReadOnlyList<string> ForHeadings(IEnumerable<string> headings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<string>();
        foreach (var heading in headings)
        {
            var slug = Of(heading);
            if (seen.TryGetValue(slug, out var count))
            {
                seen[slug] = count + 1;
                anchors.Add($"{slug}-{count}");
            }
            else
            {
                seen[slug] = 1;
                anchors.Add(slug);
            }
        }

        return anchors;
    }

    /// <summary>The anchor of one heading's markdown text (before numbering repeats).</summary>
    public static string Of(string headingMarkdown)
    {
        var text = InlineLink().Replace(headingMarkdown, "$1").Replace("`", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || IsMark(c))
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();
}
