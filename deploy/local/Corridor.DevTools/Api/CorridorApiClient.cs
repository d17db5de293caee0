using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Tokens;

namespace Corridor.DevTools.Api;

/// <summary>Calls the services' REST APIs as a given caller; any answer other than 2xx becomes an <see cref="ApiException"/>.</summary>
public sealed class CorridorApiClient(HttpClient http, ICallerTokens tokens)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<T> GetAsync<T>(Uri service, string path, CallerIdentity caller, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, service, path, null, caller, cancellationToken);

    public Task<T> PutAsync<T>(Uri service, string path, object? body, CallerIdentity caller, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Put, service, path, body, caller, cancellationToken);

    public Task<T> PostAsync<T>(Uri service, string path, object? body, CallerIdentity caller, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Post, service, path, body, caller, cancellationToken);

    private async Task<T> SendAsync<T>(
        HttpMethod method, Uri service, string path, object? body, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var url = new Uri(service, path);
        var description = $"{method} {url} (as {caller.Subject})";
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.TokenForAsync(caller, cancellationToken));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (caller.HasRole(CorridorRoles.SyncClient))
        {
            // A region's sync client names the organ it acts for; for its own organ the header changes nothing.
            request.Headers.Add(ActingOrgan.Header, caller.Organ);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException($"{description} failed: {ex.Message}", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ApiException(description, response.StatusCode, text);
            }

            return JsonSerializer.Deserialize<T>(text, Json)
                ?? throw new InvalidOperationException($"{description} answered an empty body.");
        }
    }
}
