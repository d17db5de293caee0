namespace Corridor.Notifications.Webhooks;

/// <summary>What a receiver's URL must look like: absolute, https (http only when allowed), no credentials or fragment.</summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    public static string? Refusal(string? text, bool allowInsecureHttp)
    {
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            return "Give an absolute URL.";
        }

        if (url.Scheme != Uri.UriSchemeHttps && !(allowInsecureHttp && url.Scheme == Uri.UriSchemeHttp))
        {
            return allowInsecureHttp ? "The URL must be https or http." : "The URL must be https.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
        {
            return "The URL may not carry credentials or a fragment.";
        }

        return null;
    }
}
