using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Pull;

namespace Corridor.Sync.Tests.Cli;

public sealed class ConnectionTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Client_credentials_come_from_the_environment_and_every_service_defaults_to_the_gateway()
    {
        var environment = new Dictionary<string, string>
        {
            ["CORRIDOR_SYNC_AUTHORITY"] = "http://127.0.0.1:5401",
            ["CORRIDOR_SYNC_CLIENT_ID"] = "sync-450000",
            ["CORRIDOR_SYNC_CLIENT_SECRET"] = "secret",
        };

        var connection = Connection.Resolve(new PullSettings { TeamsUrl = "http://127.0.0.1:5301" }, environment.GetValueOrDefault);

        Assert.Equal(new Uri("http://127.0.0.1:5401"), connection.Authority);
        Assert.Equal("sync-450000", connection.ClientId);
        Assert.Equal("secret", connection.ClientSecret);
        Assert.Null(connection.Token);
        Assert.Equal(new Uri(Connection.DefaultBaseUrl), connection.UrlOf(SyncService.Lists));
        Assert.Equal(new Uri(Connection.DefaultBaseUrl), connection.UrlOf(SyncService.Agreements));
        Assert.Equal(new Uri("http://127.0.0.1:5301"), connection.UrlOf(SyncService.Teams));
    }

    [Fact]
    public void Options_win_over_the_environment()
    {
        var environment = new Dictionary<string, string> { ["CORRIDOR_SYNC_BASE_URL"] = "http://env:1", ["CORRIDOR_SYNC_TOKEN"] = "from-env" };

        var connection = Connection.Resolve(new PullSettings { BaseUrl = "https://gateway.example:8443", Token = "from-option" }, environment.GetValueOrDefault);

        Assert.Equal("from-option", connection.Token);
        Assert.Equal(new Uri("https://gateway.example:8443"), connection.UrlOf(SyncService.Lists));
    }

    [Theory]
    [InlineData(null, null, null, null, "No credentials")]
    [InlineData("http://127.0.0.1:5401", "sync-450000", null, null, "--client-secret")]
    [InlineData("http://127.0.0.1:5401", "sync-450000", "s", "t", "not both")]
    [InlineData("ftp://127.0.0.1", "sync-450000", "s", null, "--authority 'ftp://127.0.0.1' is not an http(s) URL")]
    public void Incomplete_or_contradicting_credentials_are_a_usage_error_naming_what_is_wrong(
        string? authority, string? clientId, string? secret, string? token, string expected)
    {
        var settings = new PullSettings { Authority = authority, ClientId = clientId, ClientSecret = secret, Token = token };

        var failure = Assert.Throws<SyncFailure>(() => Connection.Resolve(settings, NoEnvironment));

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Contains(expected, failure.Message);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("1.5s", 1.5)]
    [InlineData("200ms", 0.2)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("00:00:30", 30)]
    public void Durations_read_seconds_units_and_time_spans(string text, double seconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5s")]
    [InlineData("soon")]
    [InlineData("0")]
    public void Durations_refuse_what_is_not_a_positive_duration(string text) => Assert.False(Durations.TryParse(text, out _));
}
