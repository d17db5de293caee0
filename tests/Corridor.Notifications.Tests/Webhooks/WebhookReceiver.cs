using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Corridor.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Corridor.Notifications.Tests.Webhooks;

/// <summary>
/// A provincial system's receiver on loopback: records every POST and answers with the status <see cref="Answer"/>
/// picks for the n-th request (1-based). Signatures are checked by hand (HMAC-SHA256 of <c>id.timestamp.body</c>),
/// not with the Standard Webhooks library the sender uses.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public Func<int, int> Answer { get; set; } = _ => StatusCodes.Status204NoContent;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, new Uri($"http://127.0.0.1:{port}/corridor/hook"));
        app.MapPost("/corridor/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue(new ReceivedWebhook(
                http.Request.Headers["webhook-id"].ToString(),
                http.Request.Headers["webhook-timestamp"].ToString(),
                http.Request.Headers["webhook-signature"].ToString(),
                http.Request.ContentType ?? "",
                body));
            var status = receiver.Answer(Interlocked.Increment(ref receiver._count));
            return Results.Text(status < 300 ? "ok" : "receiver is down for maintenance", statusCode: status);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string ContentType, string Body)
{
    public IReadOnlyList<string> Signatures => Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether one of the signatures is the HMAC-SHA256 of <c>id.timestamp.body</c> under <paramref name="secret"/> (<c>whsec_</c> + base64 key).</summary>
    public bool SignedWith(string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Encoding.ASCII.GetBytes("v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}"))));
        return Signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }
}
