using System.Net;
using Corridor.BuildingBlocks.Web;
using Corridor.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Tests.Web;

public sealed class SecurityResponseHeadersTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var address = $"http://127.0.0.1:{FreePorts.Next()}";
        builder.WebHost.UseUrls(address);
        builder.Services.AddProblemDetails();
        _app = builder.Build();
        _app.UseSecurityResponseHeaders();
        _app.UseExceptionHandler();
        _app.UseStatusCodePages();
        _app.MapGet("/json", () => Results.Ok(new { region = "450900" }));
        _app.MapGet("/problem", () => Results.Problem(statusCode: StatusCodes.Status409Conflict));
        _app.MapGet("/throws", IResult () => throw new InvalidOperationException("boom"));
        _app.MapGet("/asset", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text("body { }", "text/css");
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("/json", HttpStatusCode.OK)]
    [InlineData("/problem", HttpStatusCode.Conflict)]
    [InlineData("/throws", HttpStatusCode.InternalServerError)]
    [InlineData("/nothing-here", HttpStatusCode.NotFound)]
    public async Task Api_answers_say_nosniff_and_no_store(string path, HttpStatusCode status)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task An_endpoint_that_sets_its_own_caching_keeps_it()
    {
        using var response = await _http.GetAsync("/asset");

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.False(response.Headers.CacheControl?.NoStore);
    }
}
