namespace Corridor.SystemTests.Documentation;

/// <summary>The link check itself: it reports what is broken and accepts what GitHub would resolve.</summary>
public sealed class LinkCheckerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("corridor-links-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reports_a_missing_file_a_missing_heading_and_a_missing_image_and_nothing_else()
    {
        Write("docs/target.md", "# Target\n\n## Host, ports, logs\n\n## Repeat\n\n## Repeat\n\n## 资源清单 (Resources)\n");
        Write("docs/img/diagram.png", "png");
        Write("README.md", """
            # Front

            [ok](docs/target.md) [ok anchor](docs/target.md#host-ports-logs) [repeat](docs/target.md#repeat-1)
            [chinese](docs/target.md#资源清单-resources) [self](#front) [folder](docs/) ![img](docs/img/diagram.png)
            [external](https://example.com/missing.md) [mail](mailto:someone@example.com)
            `[in code](docs/nowhere.md)`

            ```
            [in a fence](docs/nowhere.md)
            ```

            [gone](docs/gone.md) [bad anchor](docs/target.md#no-such-heading) ![gone image](docs/img/gone.png)
            [ref]: docs/also-gone.md
            """);
        var checker = new LinkChecker(_root);

        var broken = checker.BrokenLinks(Path.Combine(_root, "README.md"));

        Assert.Equal(
            [
                "README.md:12: docs/gone.md — no such file or folder",
                "README.md:12: docs/target.md#no-such-heading — no heading with the anchor #no-such-heading",
                "README.md:12: docs/img/gone.png — no such file or folder",
                "README.md:13: docs/also-gone.md — no such file or folder",
            ],
            broken);
    }

    [Theory]
    [InlineData("Host, ports, logs, traces", "host-ports-logs-traces")]
    [InlineData("Problems (问题清单) and supervision (督办)", "problems-问题清单-and-supervision-督办")]
    [InlineData("`Outbox:LeaseDuration` and [links](x.md)", "outboxleaseduration-and-links")]
    [InlineData("What the CI machine cannot run, and how to run it with Docker", "what-the-ci-machine-cannot-run-and-how-to-run-it-with-docker")]
    public void Slugs_headings_as_GitHub_does(string heading, string anchor) => Assert.Equal(anchor, GitHubSlug.Of(heading));

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
