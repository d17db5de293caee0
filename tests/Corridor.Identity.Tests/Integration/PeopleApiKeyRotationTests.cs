using System.Net;
using System.Net.Http.Headers;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>The people API validates tokens with the server's keys as they are now, not as they were when it first validated one.</summary>
public sealed class PeopleApiKeyRotationTests
{
    [Fact]
    public async Task After_the_signing_key_is_replaced_the_people_API_accepts_tokens_signed_by_the_new_key()
    {
        await using var identity = await IdentityHost.StartAsync();
        using (var before = await ApiAsync(identity.Address, "secretariat", "demo-secretariat"))
        {
            Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/people")).StatusCode);
        }

        // The stored signing key becomes unreadable, so the next refresh of the ring replaces it.
        var old = await identity.Host.QueryAsync<IdentityDbContext, StoredKey>(db => db.StoredKeys.SingleAsync(k => k.Use == KeyUse.Signing));
        var foreign = new EphemeralDataProtectionProvider().CreateProtector("Corridor.Identity.StoredKeys").Protect([1, 2, 3]);
        await identity.Host.QueryAsync<IdentityDbContext, int>(db =>
            db.StoredKeys.Where(k => k.Id == old.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.ProtectedCertificate, foreign)));
        await identity.Host.Services.GetRequiredService<KeyRing>().RefreshAsync(CancellationToken.None);

        var tokens = await SignInAsync(identity.Address, "secretariat", "demo-secretariat");
        var access = tokens.GetProperty("access_token").GetString()!;
        var replacement = identity.Host.Services.GetRequiredService<KeyRing>().SigningCertificates.Single();
        Assert.Equal(replacement.Thumbprint, new JsonWebToken(access).Kid);
        Assert.DoesNotContain(old.Id.ToString("N"), replacement.Subject, StringComparison.Ordinal);

        using var after = new HttpClient { BaseAddress = identity.Address };
        after.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/v1/people")).StatusCode);
    }
}
