using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Identity.People;
using Corridor.Testing;

namespace Corridor.Identity.Tests.Integration;

/// <summary>A person's way in as the console has it: the sign-in page, a code, tokens; and the people API called with the access token.</summary>
internal static class PersonSession
{
    /// <summary>Signs in through the page and redeems the code: the token answer (access_token, id_token).</summary>
    public static async Task<JsonElement> SignInAsync(Uri identity, string userName, string password)
    {
        using var browser = ConsoleFlow.Browser(identity);
        var signedIn = await SubmitAsync(browser, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await RedeemAfterSignInAsync(identity, browser);
    }

    /// <summary>Opens the sign-in page of a new authorization request in <paramref name="browser"/> and posts the user name and password.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string userName, string password)
    {
        var authorize = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(ConsoleFlow.NewVerifier(), "person"));
        return await ConsoleFlow.SubmitAsync(browser, authorize.Headers.Location!, userName, password);
    }

    /// <summary>With the browser signed in: a new authorization request, its code redeemed.</summary>
    public static async Task<JsonElement> RedeemAfterSignInAsync(Uri identity, HttpClient browser)
    {
        var verifier = ConsoleFlow.NewVerifier();
        var back = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(verifier, "redeem"));
        Assert.StartsWith(ConsoleFlow.RedirectUri, back.Headers.Location!.ToString(), StringComparison.Ordinal);
        var code = System.Web.HttpUtility.ParseQueryString(back.Headers.Location.Query)["code"]!;
        return await (await ConsoleFlow.RedeemAsync(identity, code, verifier)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
    }

    /// <summary>An HTTP client for the people API, carrying the person's access token.</summary>
    public static async Task<HttpClient> ApiAsync(Uri identity, string userName, string password)
    {
        var tokens = await SignInAsync(identity, userName, password);
        var api = new HttpClient { BaseAddress = identity };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return api;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient api, string path, object? body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await api.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PutAsync(HttpClient api, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await api.SendAsync(request);
    }

    /// <summary>The person with this user name as the caller may list them, and the ETag to change them with.</summary>
    public static async Task<(JsonElement Person, string ETag)> FindAsync(HttpClient api, string userName)
    {
        var page = await (await api.GetAsync("/api/v1/people?limit=200")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var id = page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("userName").GetString() == userName).GetProperty("id").GetString();
        var response = await api.GetAsync($"/api/v1/people/{id}");
        var person = await response.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return (person, response.Headers.ETag!.ToString());
    }

    /// <summary>The alert the sign-in page shows, or empty.</summary>
    public static async Task<string> AlertAsync(HttpResponseMessage page)
    {
        var html = await page.Content.ReadAsStringAsync();
        var start = html.IndexOf("<p role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    public static bool IsChangePasswordForm(string html) =>
        html.Contains($"action=\"{SignInPage.ChangePasswordPath}\"", StringComparison.Ordinal);
}
