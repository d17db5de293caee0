using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Corridor.Identity.Infrastructure;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Tests.Integration;

/// <summary>With Identity:DataProtection:CertificatePath the Data Protection keys are stored encrypted, and still work.</summary>
public sealed class DataProtectionCertificateTests : IAsyncLifetime
{
    private const string Password = "test-pfx-password";
    private readonly string _first = NewPfx("first");
    private readonly string _second = NewPfx("second");
    private readonly SqliteTestDatabase _database = new("identity-dataprotection");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(_first);
        File.Delete(_second);
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_stored_keys_are_encrypted_by_the_certificate_and_the_service_signs_with_the_keys_they_protect()
    {
        await using var identity = await StartAsync(Encrypted(_first));

        var stored = await identity.Host.QueryAsync<IdentityDbContext, List<string?>>(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        var token = await identity.AccessTokenAsync(identity.Client("450900"), "lists.read");

        var xml = Assert.Single(stored)!;
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public async Task After_a_certificate_rotation_the_keys_encrypted_before_are_read_only_while_the_old_certificate_is_listed()
    {
        await (await StartAsync(Encrypted(_first))).DisposeAsync();

        await Assert.ThrowsAnyAsync<CryptographicException>(() => StartAsync(Encrypted(_second)));

        var rotated = Encrypted(_second);
        rotated["Identity:DataProtection:PreviousCertificates:0:Path"] = _first;
        rotated["Identity:DataProtection:PreviousCertificates:0:Password"] = Password;
        await using var identity = await StartAsync(rotated);
        Assert.False(string.IsNullOrEmpty(await identity.AccessTokenAsync(identity.Client("450900"), "lists.read")));
    }

    private Task<IdentityHost> StartAsync(Dictionary<string, string?> settings)
    {
        settings["Database:ConnectionString"] = _database.ConnectionString;
        return IdentityHost.StartAsync(settings);
    }

    private static Dictionary<string, string?> Encrypted(string pfx) => new()
    {
        ["Identity:DataProtection:CertificatePath"] = pfx,
        ["Identity:DataProtection:CertificatePassword"] = Password,
    };

    private static string NewPfx(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Corridor Identity Data Protection {name} (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"corridor-dp-{name}-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
