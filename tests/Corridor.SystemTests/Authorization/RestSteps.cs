using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Corridor.SystemTests.Authorization;

/// <summary>Preparing records through a service's REST API as a given token, carrying the ETag along as If-Match.</summary>
public sealed class RestSteps(Uri address)
{
    public async Task<JsonElement> SendAsync(string token, string method, string path, object? body = null, Target? target = null)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
        if (target?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        if (method != "GET")
        {
            request.Content = new StringContent(body is string json ? json : JsonSerializer.Serialize(body ?? new { }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Preparing a record failed: {method} {path} answered {(int)response.StatusCode}: {text}");
        }

        var answer = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        if (target is not null && answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("version", out var version))
        {
            target.Version = version.GetInt64();
        }

        return answer;
    }

    /// <summary>Reads the record's current version into the target.</summary>
    public Task RefreshAsync(string token, string path, Target target) => SendAsync(token, "GET", path, null, target);

    /// <summary>Creates a record and returns it as a target at its current version.</summary>
    public async Task<Target> CreateAsync(string token, string path, object body, string method = "POST")
    {
        var created = await SendAsync(token, method, path, body);
        var target = new Target(created.GetProperty("id").GetGuid(), created.TryGetProperty("version", out var v) ? v.GetInt64() : 1);
        return target;
    }
}
