using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Corridor.BuildingBlocks.Security;

namespace Corridor.DevTools.Tokens;

/// <summary>
/// Real tokens from the Identity service for the demo callers: a sync client (client credentials) for
/// <see cref="CorridorRoles.SyncClient"/> callers; for people, the console's authorization code + PKCE flow
/// driven like a browser (sign-in page, antiforgery field, redirects), as the demo staff member, coordinator
/// or secretariat of the caller's region. Tokens are kept per caller for the life of the instance.
/// </summary>
public sealed partial class IdentityTokens(Uri identity) : ICallerTokens, IDisposable
{
    private const string PeopleScopes = "openid " + DemoCredentials.AllScopes;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new() { BaseAddress = identity, Timeout = Timeout };
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    public Uri Identity { get; } = identity;

    public Task<string> TokenForAsync(CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (kind, name) = Credential(caller);
        return _tokens.GetOrAdd($"{kind}:{name}", _ => kind == "client"
            ? ClientTokenAsync(caller.Region, DemoCredentials.AllScopes, cancellationToken)
            : PersonTokenAsync(name, PeopleScopes, cancellationToken));
    }

    /// <summary>The demo credential that stands for a caller: its region's sync client, or the person with its role.</summary>
    public static (string Kind, string Name) Credential(CallerIdentity caller)
    {
        if (caller.HasRole(CorridorRoles.SyncClient))
        {
            return ("client", DemoCredentials.SyncClientId(caller.Region));
        }

        if (caller.IsSecretariat)
        {
            return ("person", DemoCredentials.SecretariatUserName);
        }

        return ("person", caller.IsCoordinator
            ? DemoCredentials.CoordinatorUserName(caller.Region)
            : DemoCredentials.StaffUserName(caller.Region));
    }

    /// <summary>Client credentials with the region's demo sync client.</summary>
    public async Task<string> ClientTokenAsync(string regionCode, string scopes, CancellationToken cancellationToken)
    {
        var answer = await RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoCredentials.SyncClientId(regionCode),
            ["client_secret"] = DemoCredentials.SyncClientSecret(regionCode),
            ["scope"] = scopes,
        }, $"client credentials of {DemoCredentials.SyncClientId(regionCode)}", cancellationToken);
        return answer.GetProperty("access_token").GetString()!;
    }

    /// <summary>Signs a demo person in through the sign-in page and redeems the code with its PKCE verifier.</summary>
    public async Task<string> PersonTokenAsync(string userName, string scopes, CancellationToken cancellationToken)
    {
        var what = $"sign-in of {userName}";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Identity,
            Timeout = Timeout,
        };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Base64Url(RandomNumberGenerator.GetBytes(16));
        var authorize = $"/connect/authorize?client_id={DemoCredentials.ConsoleClientId}&response_type=code" +
            $"&redirect_uri={Uri.EscapeDataString(DemoCredentials.ConsoleRedirectUri)}&scope={Uri.EscapeDataString(scopes)}" +
            $"&state={state}&code_challenge={challenge}&code_challenge_method=S256";

        var signInPage = await RedirectAsync(browser, HttpMethod.Get, authorize, null, what, cancellationToken);
        using var page = await browser.GetAsync(signInPage, cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        var antiforgery = AntiforgeryField().Match(html);
        var returnUrl = ReturnUrlField().Match(html);
        if (page.StatusCode != HttpStatusCode.OK || !antiforgery.Success || !returnUrl.Success)
        {
            throw new InvalidOperationException($"{what}: the sign-in page at {signInPage} answered {(int)page.StatusCode} without its form.");
        }

        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = HttpUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["returnUrl"] = HttpUtility.HtmlDecode(returnUrl.Groups[1].Value),
            ["userName"] = userName,
            ["password"] = DemoCredentials.Password(userName),
        });
        var back = await RedirectAsync(browser, HttpMethod.Post, "/account/sign-in", form, what, cancellationToken);
        var callback = await RedirectAsync(browser, HttpMethod.Get, back.ToString(), null, what, cancellationToken);
        var query = HttpUtility.ParseQueryString(callback.Query);
        if (!callback.ToString().StartsWith(DemoCredentials.ConsoleRedirectUri, StringComparison.Ordinal) || query["state"] != state || query["code"] is not { } code)
        {
            throw new InvalidOperationException($"{what}: the authorization ended at {callback} instead of the console with a code.");
        }

        var answer = await RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = DemoCredentials.ConsoleClientId,
            ["code"] = code,
            ["redirect_uri"] = DemoCredentials.ConsoleRedirectUri,
            ["code_verifier"] = verifier,
        }, what, cancellationToken);
        return answer.GetProperty("access_token").GetString()!;
    }

    public void Dispose() => _http.Dispose();

    private static async Task<Uri> RedirectAsync(
        HttpClient browser, HttpMethod method, string path, HttpContent? body, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        using var response = await Send(browser, request, what, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what}: {method} {path} answered {(int)response.StatusCode} instead of a redirect. {Shorten(text)}");
        }

        return location.IsAbsoluteUri ? location : new Uri(browser.BaseAddress!, location);
    }

    private async Task<JsonElement> RequestTokenAsync(Dictionary<string, string> form, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        using var response = await Send(_http, request, what, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: the token endpoint answered {(int)response.StatusCode}: {Shorten(text)}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException($"{what}: the Identity service at {http.BaseAddress} did not answer ({ex.Message}).", ex);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"returnUrl\" value=\"([^\"]*)\">")]
    private static partial Regex ReturnUrlField();
}
