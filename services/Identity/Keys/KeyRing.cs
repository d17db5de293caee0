using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Corridor.Identity.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
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
    KeySchedule schedule,
    TimeProvider time,
    ILogger<KeyRing> logger) : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    private const int RsaKeySize = 2048;
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
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var stored = await db.StoredKeys.ToListAsync(cancellationToken);

        foreach (var use in Enum.GetValues<KeyUse>())
        {
            var periods = stored.Where(k => k.Use == use).Select(k => k.Period).ToList();
            var expired = KeySchedule.Expired(periods, now).Select(p => p.Id).ToHashSet();
            db.StoredKeys.RemoveRange(stored.Where(k => expired.Contains(k.Id)));
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

        await db.SaveChangesAsync(cancellationToken);

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
                .Min();
            previous = _changed;
            _changed = new CancellationTokenSource();
        }

        await previous.CancelAsync();
        previous.Dispose();
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
