using System.Net;

namespace Corridor.Sync.Tests.Http;

/// <summary>Answers requests from a script, in order, and records what was sent.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private int _next;

    public List<(HttpMethod Method, Uri Uri, string? Authorization, string? Body)> Requests { get; } = [];

    public static Func<HttpRequestMessage, HttpResponseMessage> Answer(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        _ =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return response;
        };

    public static Func<HttpRequestMessage, HttpResponseMessage> Fail() => _ => throw new HttpRequestException("Connection refused (test)");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        if (_next >= answers.Length)
        {
            throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");
        }

        var response = answers[_next++](request);
        response.RequestMessage = request;
        return response;
    }
}
