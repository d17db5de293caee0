using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Corridor.Identity.People;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>The console's side of authorization code + PKCE, driven as a browser would (no redirects followed).</summary>
internal static partial class ConsoleFlow
{
    public const string ClientId = "corridor-console";
    public const string RedirectUri = "http://127.0.0.1:5173/auth/callback";

    public static HttpClient Browser(Uri identity) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = identity };

    public static string NewVerifier() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static string AuthorizeUrl(string verifier, string state, string scope = "openid lists.read lists.write")
    {
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return $"/connect/authorize?client_id={ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString(scope)}&state={state}&code_challenge={challenge}&code_challenge_method=S256";
    }

    /// <summary>Fetches the sign-in page and posts the form (with its antiforgery token) to <paramref name="postTo"/>, or to the page's own host.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, Uri signInPage, string userName, string password, Uri? postTo = null)
    {
        var page = await (await browser.GetAsync(signInPage)).Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(page);
        var returnUrl = System.Web.HttpUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value);
        return await browser.PostAsync(new Uri(postTo ?? browser.BaseAddress!, SignInPage.Path), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = System.Web.HttpUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["returnUrl"] = returnUrl,
            ["userName"] = userName,
            ["password"] = password,
        }));
    }

    /// <summary>Posts the change-password form a reset leads to (<paramref name="changeForm"/> is its HTML) with the temporary and the new password.</summary>
    public static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient browser, string changeForm, string userName, string temporary, string newPassword)
    {
        var antiforgery = AntiforgeryField().Match(changeForm);
        return await browser.PostAsync(SignInPage.ChangePasswordPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = System.Web.HttpUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["returnUrl"] = System.Web.HttpUtility.HtmlDecode(ReturnUrlField().Match(changeForm).Groups[1].Value),
            ["userName"] = userName,
            ["currentPassword"] = temporary,
            ["newPassword"] = newPassword,
        }));
    }

    public static Task<HttpResponseMessage> RedeemAsync(Uri identity, string code, string verifier) => PostTokenAsync(identity, new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = ClientId,
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier,
    });

    public static Task<HttpResponseMessage> RefreshAsync(Uri identity, string refreshToken) => PostTokenAsync(identity, new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = ClientId,
        ["refresh_token"] = refreshToken,
    });

    private static async Task<HttpResponseMessage> PostTokenAsync(Uri identity, Dictionary<string, string> form)
    {
        using var http = new HttpClient { BaseAddress = identity };
        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"returnUrl\" value=\"([^\"]*)\">")]
    private static partial Regex ReturnUrlField();
}
