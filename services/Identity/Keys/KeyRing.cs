using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Corridor.Identity.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Corridor.Identity.Keys;

/// <summary>
/// Applies the <see cref="KeySchedule"/> to the keys stored in the database and hands the published ones
/// to OpenIddict. Each refresh signals an options change, so OpenIddict rebuilds its options (and re-sorts
/// its signing keys) without a restart.
/// </summary>
internal sealed class KeyRing(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IKeyManager keyManager,
    KeySchedule schedule,
    TimeProvider time,
    ILogger<KeyRing> logger) : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    private const int RsaKeySize = 2048;
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LeaseRetryDelay = TimeSpan.FromMilliseconds(250);
    private readonly Guid _replica = Guid.NewGuid();
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Corridor.Identity.StoredKeys");
    private readonly Lock _gate = new();
    private IReadOnlyList<X509Certificate2> _signing = [];
    private IReadOnlyList<X509Certificate2> _encryption = [];
    private CancellationTokenSource _changed = new();

    public string? Name => Options.DefaultName;

    /// <summary>When the schedule should be applied again.</summary>
    public DateTime NextChange { get; private set; }

    public IReadOnlyList<X509Certificate2> SigningCertificates => _signing;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var giveUpAt = time.GetUtcNow() + (LeaseDuration * 2);
        while (true)
        {
            try
            {
                if (await TryApplyScheduleAsync(cancellationToken))
                {
                    return;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another replica took the lease at the same moment: it changes the keys, this one reads them after.
            }

            if (time.GetUtcNow() > giveUpAt)
            {
                throw new InvalidOperationException($"Another replica has held the key ring for over {LeaseDuration * 2} without finishing; the keys were not refreshed.");
            }

            await Task.Delay(LeaseRetryDelay, time, cancellationToken);
        }
    }

    /// <summary>False when another replica holds the lease (it is changing the keys): try again shortly.</summary>
    private async Task<bool> TryApplyScheduleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var state = await db.KeyRingStates.SingleAsync(cancellationToken);
        var stored = await db.StoredKeys.ToListAsync(cancellationToken);
        var unreadable = stored.Where(k => !CanUnprotect(k)).ToList();
        if (unreadable.Count > 0 || NeedsChange(stored, now))
        {
            if (!state.TryLease(_replica, now, LeaseDuration))
            {
                return false;
            }

            // Saving the lease fails if any replica changed the ring since it was read, so what was read is current.
            await db.SaveChangesAsync(cancellationToken);
            RollDataProtectionKeys(now);
            DropUnreadable(db, stored, unreadable);
            RollStoredKeys(db, stored, now);
            state.Release(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var published = stored.Where(k => k.NotAfter > now).ToList();
        var signing = published.Where(k => k.Use == KeyUse.Signing).Select(Load).ToList();
        var encryption = published.Where(k => k.Use == KeyUse.Encryption).Select(Load).ToList();
        CancellationTokenSource previous;
        lock (_gate)
        {
            _signing = signing;
            _encryption = encryption;
            NextChange = Enum.GetValues<KeyUse>()
                .Select(use => schedule.NextChange(published.Where(k => k.Use == use).Select(k => k.Period).ToList(), now))
                .Append(schedule.NextChange(DataProtectionKeyPeriods(), now))
                .Min();
            previous = _changed;
            _changed = new CancellationTokenSource();
        }

        await previous.CancelAsync();
        previous.Dispose();
        return true;
    }

    private bool NeedsChange(List<StoredKey> stored, DateTime now) =>
        schedule.KeyToCreate(DataProtectionKeyPeriods(), now) is not null
        || Enum.GetValues<KeyUse>().Any(use =>
        {
            var periods = stored.Where(k => k.Use == use).Select(k => k.Period).ToList();
            return KeySchedule.Expired(periods, now).Count > 0 || schedule.KeyToCreate(periods, now) is not null;
        });

    // Automatic generation is off: each replica would make its own key at first start, and one that cached the
    // ring earlier would not read what the other protects. Keys follow the same schedule as the signing keys.
    private void RollDataProtectionKeys(DateTime now)
    {
        var periods = DataProtectionKeyPeriods();
        for (var created = 0; created < 2 && schedule.KeyToCreate(periods, now) is { } period; created++)
        {
            var key = keyManager.CreateNewKey(new DateTimeOffset(period.NotBefore, TimeSpan.Zero), new DateTimeOffset(period.NotAfter, TimeSpan.Zero));
            periods.Add(new KeyPeriod(key.KeyId, period.NotBefore, period.NotAfter));
            logger.LogInformation("Created Data Protection key {KeyId} valid {NotBefore:O} to {NotAfter:O}", key.KeyId, period.NotBefore, period.NotAfter);
        }
    }

    private List<KeyPeriod> DataProtectionKeyPeriods() => keyManager.GetAllKeys()
        .Where(k => !k.IsRevoked)
        .Select(k => new KeyPeriod(k.KeyId, k.ActivationDate.UtcDateTime, k.ExpirationDate.UtcDateTime))
        .ToList();

    private void RollStoredKeys(IdentityDbContext db, List<StoredKey> stored, DateTime now)
    {
        foreach (var use in Enum.GetValues<KeyUse>())
        {
            var periods = stored.Where(k => k.Use == use).Select(k => k.Period).ToList();
            var expired = KeySchedule.Expired(periods, now).Select(p => p.Id).ToHashSet();
            var removed = stored.Where(k => expired.Contains(k.Id)).ToList();
            db.StoredKeys.RemoveRange(removed);
            stored.RemoveAll(removed.Contains);
            periods.RemoveAll(p => expired.Contains(p.Id));

            // A first start (or one after a long stop) may need the current and the announced key at once.
            for (var created = 0; created < 2 && schedule.KeyToCreate(periods, now) is { } period; created++)
            {
                var key = Create(use, WholeSeconds(period.NotBefore), WholeSeconds(period.NotAfter), now);
                db.StoredKeys.Add(key);
                stored.Add(key);
                periods.Add(key.Period);
                logger.LogInformation("Created {Use} key {KeyId} valid {NotBefore:O} to {NotAfter:O}", use, key.Id, key.NotBefore, key.NotAfter);
            }
        }
    }

    public void Configure(OpenIddictServerOptions options)
    {
        IReadOnlyList<X509Certificate2> signing, encryption;
        lock (_gate)
        {
            (signing, encryption) = (_signing, _encryption);
        }

        if (signing.Count == 0 || encryption.Count == 0)
        {
            throw new InvalidOperationException("The key ring is not loaded: call RefreshAsync before the server handles requests.");
        }

        foreach (var certificate in signing)
        {
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
        }

        foreach (var certificate in encryption)
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }

    public IChangeToken GetChangeToken()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    private StoredKey Create(KeyUse use, DateTime notBefore, DateTime notAfter, DateTime now)
    {
        var id = Guid.NewGuid();
        using var rsa = RSA.Create(RsaKeySize);
        var request = new CertificateRequest(
            new X500DistinguishedName($"CN=Corridor Identity {use} {id:N}"), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            use == KeyUse.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(
            new DateTimeOffset(notBefore, TimeSpan.Zero), new DateTimeOffset(notAfter, TimeSpan.Zero));
        var pkcs12 = certificate.Export(X509ContentType.Pkcs12);
        try
        {
            return new StoredKey(id, use, notBefore, notAfter, now, _protector.Protect(pkcs12));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs12);
        }
    }

    // A key whose Data Protection key is gone (say, a ring from before the keys moved into the database)
    // cannot sign: it is replaced, and tokens it signed are refused from then on.
    private void DropUnreadable(IdentityDbContext db, List<StoredKey> stored, List<StoredKey> unreadable)
    {
        foreach (var key in unreadable)
        {
            logger.LogWarning("Stored {Use} key {KeyId} cannot be unprotected with the Data Protection keys in the database; replacing it", key.Use, key.Id);
            db.StoredKeys.Remove(key);
            stored.Remove(key);
        }
    }

    private bool CanUnprotect(StoredKey key)
    {
        try
        {
            CryptographicOperations.ZeroMemory(_protector.Unprotect(key.ProtectedCertificate));
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private X509Certificate2 Load(StoredKey key)
    {
        var pkcs12 = _protector.Unprotect(key.ProtectedCertificate);
        try
        {
            return X509CertificateLoader.LoadPkcs12(pkcs12, password: null, X509KeyStorageFlags.EphemeralKeySet);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs12);
        }
    }

    private static DateTime WholeSeconds(DateTime t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
