using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Seeding;

/// <summary>HttpClients for load: one pooled handler per service and caller, enough connections for every worker.</summary>
public static class Clients
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static HttpClient Rest(ServiceProcess service, string token, int connections = 64)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = service.RestAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>GET whose body is read to the end, as a real client would; anything but 200 ends the run.</summary>
    public static async Task GetOkAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>POST a JSON body; the answer must have the expected status, and its JSON is returned.</summary>
    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(path, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
