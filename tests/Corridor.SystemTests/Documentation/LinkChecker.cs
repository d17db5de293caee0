using System.Text.RegularExpressions;

namespace Corridor.SystemTests.Documentation;

/// <summary>
/// Checks the relative links of markdown files as GitHub resolves them: a path relative to the linking file
/// (or to the repository root when it starts with "/") must name an existing file or folder, and an
/// <c>#anchor</c> into a markdown file must name one of its headings. Links with a scheme (https:, mailto:, …)
/// are not followed.
/// </summary>
public sealed partial class LinkChecker
{
    private readonly string _root;
    private readonly Dictionary<string, MarkdownDocument> _documents = new(StringComparer.Ordinal);

    public LinkChecker(string repositoryRoot) => _root = Path.GetFullPath(repositoryRoot);

    /// <summary>How many relative links the checks so far have followed.</summary>
    public int CheckedLinks { get; private set; }

    /// <summary>One line per broken link: "file:line: target — why".</summary>
    public IReadOnlyList<string> BrokenLinks(string markdownFile)
    {
        var file = Path.GetFullPath(markdownFile);
        var broken = new List<string>();
        foreach (var link in Document(file).Links)
        {
            if (Scheme().IsMatch(link.Target) || link.Target.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            CheckedLinks++;
            if (Problem(file, link.Target) is { } problem)
            {
                broken.Add($"{Path.GetRelativePath(_root, file)}:{link.Line}: {link.Target} — {problem}");
            }
        }

        return broken;
    }

    private string? Problem(string file, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var pathPart = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var resolved = pathPart.Length == 0
            ? file
            : Path.GetFullPath(pathPart.StartsWith('/') ? Path.Combine(_root, pathPart.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(file)!, pathPart));
        if (!resolved.StartsWith(_root, StringComparison.Ordinal))
        {
            return "points outside the repository";
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file or folder";
        }

        if (string.IsNullOrEmpty(anchor) || !resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(resolved))
        {
            return null;
        }

        return Document(resolved).Anchors.Contains(anchor, StringComparer.Ordinal) ? null : $"no heading with the anchor #{anchor}";
    }

    private MarkdownDocument Document(string file)
    {
        if (!_documents.TryGetValue(file, out var document))
        {
            document = MarkdownDocument.Read(file);
            _documents[file] = document;
        }

        return document;
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
