using System.Text;
using System.Text.Json;

namespace Corridor.Sync.Http;

/// <summary>What a refusing service said (problem+json title, detail, stable code and field errors), read leniently.</summary>
public sealed record Problem(string? Title, string? Detail, string? Code, IReadOnlyList<string> Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Problem(null, Shorten(text), null, []);
            }

            var errors = new List<string>();
            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.ToString())
                        : [field.Value.ToString()];
                    errors.AddRange(messages.Select(m => $"{field.Name}: {m}"));
                }
            }

            return new Problem(
                StringOf(root, "title") ?? StringOf(root, "error"),
                StringOf(root, "detail") ?? StringOf(root, "error_description"),
                StringOf(root, "code"),
                errors);
        }
        catch (JsonException)
        {
            return new Problem(null, Shorten(text), null, []);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var part in new[] { Title, Detail }.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            text.Append(text.Length == 0 ? "" : " ").Append(part!.TrimEnd('.')).Append('.');
        }

        if (Code is not null)
        {
            text.Append(" [").Append(Code).Append(']');
        }

        foreach (var error in Errors)
        {
            text.Append(Environment.NewLine).Append("  - ").Append(error);
        }

        return text.Length == 0 ? "(no details)" : text.ToString();
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Shorten(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= 300 ? text.Trim() : text[..300].Trim() + "…";
}
