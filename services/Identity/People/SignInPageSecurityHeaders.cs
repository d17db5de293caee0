namespace Corridor.Identity.People;

/// <summary>
/// A strict Content-Security-Policy on every HTML page Identity serves (the sign-in form): the page has no script and
/// no inline style, so nothing but its own origin's styles and images may load, no script may run (an injected one
/// included), and no other site may frame it to trick a person into typing a password (clickjacking).
/// </summary>
/// <remarks>
/// No <c>form-action</c>: browsers apply it to the redirects after the form is posted, and a successful sign-in goes
/// on through the authorization endpoint to the client's redirect URI on another origin.
/// </remarks>
internal static class SignInPageSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSignInPageSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    var headers = http.Response.Headers;
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "no-referrer";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
