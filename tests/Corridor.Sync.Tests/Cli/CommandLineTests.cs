using Corridor.Sync.Cli;

namespace Corridor.Sync.Tests.Cli;

/// <summary>The command line as a script meets it: wrong arguments end with exit code 2 before anything is contacted or written.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempMirror _file = new();

    [Theory]
    [InlineData("pull", "--token", "t", "--limit", "0")]
    [InlineData("pull", "--token", "t", "--limit", "1001")]
    [InlineData("pull", "--token", "t", "--services", "lists,billing")]
    [InlineData("pull", "--token", "t", "--until-idle", "5m")]
    [InlineData("pull", "--token", "t", "--follow", "--max-duration", "later")]
    [InlineData("pull", "--token", "t", "--no-such-option")]
    [InlineData("pull")]
    [InlineData("verify", "--token", "t", "--base-url", "not a url")]
    [InlineData("push", "missing.csv", "--list", "resources", "--token", "t")]
    [InlineData("push", "--token", "t")]
    [InlineData("fetch", "--token", "t")]
    [InlineData("webhook", "add", "--token", "t")]
    [InlineData("webhook", "add", "--url", "https://sync.example/hook", "--events", ",", "--token", "t")]
    [InlineData("webhook", "remove", "not-a-guid", "--token", "t")]
    [InlineData("webhook", "rotate", "3f2b9c1e-0000-4000-8000-000000000000", "--overlap", "200h", "--token", "t")]
    [InlineData("webhook", "list")]
    public async Task Invalid_arguments_end_with_the_usage_exit_code_and_leave_no_mirror(params string[] args)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        string[] mirror = args[0] is "pull" or "verify" ? ["--mirror", _file.Path] : [];
        var exitCode = await SyncApp.Create().RunAsync([.. args, .. mirror]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.False(File.Exists(_file.Path));
    }

    [Fact]
    public async Task Push_refuses_a_list_it_does_not_know()
    {
        var file = Path.Combine(Path.GetDirectoryName(_file.Path)!, "batch.json");
        await File.WriteAllTextAsync(file, "[]");

        Assert.Equal(ExitCodes.Usage, await SyncApp.Create().RunAsync(["push", file, "--list", "agreements", "--token", "t"]));
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_ends_with_the_unavailable_exit_code_after_the_bounded_retries()
    {
        var exitCode = await SyncApp.Create().RunAsync(
            ["pull", "--token", "t", "--base-url", "http://127.0.0.1:9", "--retries", "2", "--services", "teams", "--mirror", _file.Path]);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
    }

    public void Dispose() => _file.Dispose();
}
