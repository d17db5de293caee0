using System.Text.RegularExpressions;

namespace Corridor.SystemTests.Documentation;

/// <summary>A link or image target found in a markdown file, with the line it is on.</summary>
public sealed record MarkdownLink(int Line, string Target);

/// <summary>
/// What the link check needs from a markdown file: the targets of its links and images (inline, reference
/// definitions and HTML <c>href</c>/<c>src</c>) and the anchors of its headings. Fenced code blocks and code
/// spans are not markdown, so nothing in them counts.
/// </summary>
public sealed partial class MarkdownDocument
{
    private MarkdownDocument(IReadOnlyList<MarkdownLink> links, IReadOnlyList<string> anchors)
    {
        Links = links;
        Anchors = anchors;
    }

    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>The heading anchors (GitHub slugs) and explicit HTML <c>id</c>/<c>name</c> anchors.</summary>
    public IReadOnlyList<string> Anchors { get; }

    public static MarkdownDocument Read(string path) => Parse(File.ReadAllLines(path));

    public static MarkdownDocument Parse(IReadOnlyList<string> lines)
    {
        var links = new List<MarkdownLink>();
        var headings = new List<string>();
        var explicitAnchors = new List<string>();
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var fenceMatch = Fence().Match(line);
            if (fenceMatch.Success && (fence is null || fenceMatch.Groups[1].Value.StartsWith(fence, StringComparison.Ordinal)))
            {
                fence = fence is null ? fenceMatch.Groups[1].Value : null;
                continue;
            }

            if (fence is not null)
            {
                continue;
            }

            var text = CodeSpan().Replace(line, string.Empty);
            if (Heading().Match(line) is { Success: true } heading)
            {
                headings.Add(heading.Groups[1].Value);
            }

            links.AddRange(InlineLink().Matches(text).Select(m => new MarkdownLink(i + 1, m.Groups[1].Value)));
            links.AddRange(ReferenceDefinition().Matches(text).Select(m => new MarkdownLink(i + 1, m.Groups[1].Value)));
            links.AddRange(HtmlLink().Matches(text).Select(m => new MarkdownLink(i + 1, m.Groups[1].Value)));
            explicitAnchors.AddRange(HtmlAnchor().Matches(text).Select(m => m.Groups[1].Value));
        }

        return new MarkdownDocument(links, [.. GitHubSlug.ForHeadings(headings), .. explicitAnchors]);
    }

    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(`+).*?\1")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    // [text](target) and ![alt](target), optionally with a "title"; <target> in angle brackets too.
    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<(?:a|img)\s[^>]*?(?:href|src)\s*=\s*""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<[a-z]+\s[^>]*?(?:id|name)\s*=\s*""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();
}
