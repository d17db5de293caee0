using Corridor.TestKit;

namespace Corridor.SystemTests.Documentation;

/// <summary>
/// The README stays a short front page whose links work, and docs/ stays navigable: every relative link and
/// image in README.md and docs/**/*.md resolves, and every page is in the docs index.
/// </summary>
public sealed class DocumentationLinkTests
{
    private const int ReadmeMaxBytes = 15 * 1024;

    /// <summary>What a newcomer sees without scrolling: the title, a paragraph and the commands.</summary>
    private const int FirstScreenLines = 30;

    private static readonly string[] Commands = ["bash deploy/local/up.sh", "bash tests/run.sh"];

    private readonly string _root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests from the repository checkout (Corridor.sln not found).");

    [Fact]
    public void Every_relative_link_and_image_in_the_README_and_the_docs_resolves_to_a_file_and_heading()
    {
        var checker = new LinkChecker(_root);

        var broken = MarkdownFiles().SelectMany(checker.BrokenLinks).ToList();

        Assert.True(broken.Count == 0, $"Broken links:\n{string.Join('\n', broken)}");
        Assert.True(checker.CheckedLinks > 100, $"Only {checker.CheckedLinks} relative links were found: is the link parser still finding them?");
    }

    [Fact]
    public void The_README_is_at_most_15_KB()
    {
        var size = new FileInfo(Path.Combine(_root, "README.md")).Length;

        Assert.True(size <= ReadmeMaxBytes, $"README.md is {size} bytes; at most {ReadmeMaxBytes}. Move detail into docs/ and link it.");
    }

    [Fact]
    public void The_README_shows_both_commands_on_its_first_screen()
    {
        var firstScreen = string.Join('\n', File.ReadLines(Path.Combine(_root, "README.md")).Take(FirstScreenLines));

        foreach (var command in Commands)
        {
            Assert.True(firstScreen.Contains($"`{command}`", StringComparison.Ordinal), $"The first {FirstScreenLines} lines of README.md do not show `{command}`.");
        }
    }

    [Fact]
    public void Every_docs_page_is_listed_in_the_docs_index()
    {
        var docs = Path.Combine(_root, "docs");
        var index = Path.Combine(docs, "README.md");
        var linked = MarkdownDocument.Read(index).Links
            .Select(l => l.Target.Split('#')[0])
            .Where(t => t.Length > 0)
            .Select(t => Path.GetFullPath(Path.Combine(docs, Uri.UnescapeDataString(t))))
            .ToHashSet(StringComparer.Ordinal);

        var unlisted = Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories)
            .Where(f => f != index && !linked.Contains(Path.GetFullPath(f)))
            .Select(f => Path.GetRelativePath(_root, f))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unlisted.Count == 0, $"docs/README.md does not link:\n{string.Join('\n', unlisted)}");
    }

    private IEnumerable<string> MarkdownFiles() =>
        Directory.GetFiles(Path.Combine(_root, "docs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(_root, "README.md"));
}
