using System.Net;
using System.Text;

namespace Corridor.TestKit;

/// <summary>The management HTTP API of the broker: virtual hosts, readiness, and its errors as one message.</summary>
public sealed partial class RabbitMqBroker
{
    private HttpClient CreateHttpClient()
    {
        var client = new HttpClient { BaseAddress = _managementBase, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = _managementAuthorization;
        return client;
    }

    private async Task DeleteVirtualHostCoreAsync(string name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(name)}");
        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureSuccessAsync(response, cancellationToken);
        }

        _virtualHosts.TryRemove(name, out _);
    }

    private async Task SendAsync(HttpMethod method, string path, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} on {Description} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}",
                inner: null,
                response.StatusCode);
        }
    }

    private async Task WaitUntilManagementAnswersAsync(CancellationToken cancellationToken)
    {
        string? last = null;
        try
        {
            await Eventually.TrueAsync(
                async () =>
                {
                    try
                    {
                        using var response = await _http.GetAsync(new Uri("api/overview", UriKind.Relative), cancellationToken);
                        last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                        return response.IsSuccessStatusCode;
                    }
                    catch (HttpRequestException e)
                    {
                        last = e.Message;
                        return false;
                    }
                    catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                    {
                        last = e.Message; // the HTTP client's own timeout
                        return false;
                    }
                },
                ReadyTimeout,
                $"the management API of {Description} answers",
                cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} (last answer: {last ?? "none"})", e);
        }
    }
}
