namespace Corridor.DevTools.Cli;

/// <summary>The URL options: absolute http(s) addresses of the local services.</summary>
public static class HttpUrl
{
    public static bool IsValid(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The message for an option that is not an http(s) URL; <see langword="null"/> when it is one.</summary>
    public static string? Problem(string option, string? text) =>
        text is null || IsValid(text) ? null : $"Option --{option} must be an http(s) URL, not '{text}'.";

    public static Uri Parse(string option, string text) =>
        IsValid(text) ? new Uri(text, UriKind.Absolute) : throw new UsageException(Problem(option, text)!);
}
