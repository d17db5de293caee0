using System.Net;

namespace Corridor.Sync.Tests.Http;

/// <summary>Answers requests from a script, in order, and records what was sent.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] answers) : HttpMessageHandler
{
    private int _next;

    public List<(HttpMethod Method, Uri Uri, string? Authorization, string? Body, string? IdempotencyKey)> Requests { get; } = [];

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Answer(
        HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return Task.FromResult(response);
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Fail() =>
        (_, _) => throw new HttpRequestException("Connection refused (test)");

    /// <summary>Never answers: the request ends only when it is cancelled (by the attempt's timeout).</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable: an infinite delay ended without cancellation.");
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var key = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? string.Join(",", keys) : null;
        Requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, key));
        if (_next >= answers.Length)
        {
            throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");
        }

        var response = await answers[_next++](request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
