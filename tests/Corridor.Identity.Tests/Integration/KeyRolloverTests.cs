using System.Net;
using System.Text.Json;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.Keys;
using Corridor.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// Keys whose announce period has already begun: the JWKS lists the current and the next key, the current
/// one signs, and a refresh of the key ring reaches OpenIddict without a restart.
/// </summary>
public sealed class KeyRolloverTests
{
    private static readonly Dictionary<string, string?> AnnouncingAtOnce = new()
    {
        ["Identity:AccessTokenLifetime"] = "00:10:00",
        ["Identity:Keys:RetireAfter"] = "00:30:00",
        ["Identity:Keys:AnnounceBefore"] = "1.00:00:00",
        ["Identity:Keys:Lifetime"] = "1.00:30:30",
    };

    [Fact]
    public async Task The_JWKS_lists_current_and_next_the_current_signs_and_a_new_next_key_is_published_after_a_refresh()
    {
        await using var identity = await IdentityHost.StartAsync(AnnouncingAtOnce);
        var keys = await identity.Host.QueryAsync<IdentityDbContext, List<StoredKey>>(db => db.StoredKeys.Where(k => k.Use == KeyUse.Signing).OrderBy(k => k.NotBefore).ToListAsync());
        Assert.Equal(2, keys.Count);
        var (current, next) = (keys[0], keys[1]);
        Assert.True(current.NotBefore <= DateTime.UtcNow && next.NotBefore > DateTime.UtcNow);

        var published = await JwksKeyIdsAsync(identity);
        var token = new JsonWebToken(await identity.AccessTokenAsync(identity.Client("450900"), "lists.read"));

        var nextKeyId = KeyId(identity, next);
        Assert.Equal(2, published.Count);
        Assert.Equal(KeyId(identity, current), token.Kid);
        Assert.Contains(nextKeyId, published);

        // The next key is lost (say, deleted by an operator): the ring creates another one and OpenIddict publishes it.
        await identity.Host.QueryAsync<IdentityDbContext, int>(db => db.StoredKeys.Where(k => k.Id == next.Id).ExecuteDeleteAsync());
        await identity.Host.Services.GetRequiredService<KeyRing>().RefreshAsync(CancellationToken.None);

        var republished = await JwksKeyIdsAsync(identity);
        Assert.Equal(2, republished.Count);
        Assert.DoesNotContain(nextKeyId, republished);
        Assert.Contains(token.Kid, republished);
    }

    [Fact]
    public async Task A_stored_key_protected_by_a_Data_Protection_key_that_is_gone_is_replaced()
    {
        await using var identity = await IdentityHost.StartAsync();
        var original = await identity.Host.QueryAsync<IdentityDbContext, StoredKey>(db => db.StoredKeys.SingleAsync(k => k.Use == KeyUse.Signing));

        // As if protected by a key ring the service no longer has (e.g. the file ring from before the database held it).
        var foreign = new EphemeralDataProtectionProvider().CreateProtector("Corridor.Identity.StoredKeys").Protect([1, 2, 3]);
        await identity.Host.QueryAsync<IdentityDbContext, int>(db =>
            db.StoredKeys.Where(k => k.Id == original.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.ProtectedCertificate, foreign)));
        await identity.Host.Services.GetRequiredService<KeyRing>().RefreshAsync(CancellationToken.None);

        var replacement = await identity.Host.QueryAsync<IdentityDbContext, StoredKey>(db => db.StoredKeys.SingleAsync(k => k.Use == KeyUse.Signing));
        var token = new JsonWebToken(await identity.AccessTokenAsync(identity.Client("450900"), "lists.read"));
        Assert.NotEqual(original.Id, replacement.Id);
        Assert.Equal(KeyId(identity, replacement), token.Kid);
        Assert.Equal([token.Kid], await JwksKeyIdsAsync(identity));
    }

    private static async Task<List<string>> JwksKeyIdsAsync(IdentityHost identity)
    {
        using var http = new HttpClient { BaseAddress = identity.Address };
        var jwks = await (await http.GetAsync("/.well-known/jwks")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).ToList();
    }

    // OpenIddict names an X.509 key by its certificate's thumbprint, as published in the JWKS.
    private static string KeyId(IdentityHost identity, StoredKey key) =>
        identity.Host.Services.GetRequiredService<KeyRing>().SigningCertificates
            .Single(c => c.Subject.Contains(key.Id.ToString("N"), StringComparison.Ordinal)).Thumbprint;
}
