using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Corridor.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Tests.Integration;

/// <summary>With Identity:DataProtection:CertificatePath the Data Protection keys are stored encrypted, and still work.</summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private const string Password = "test-pfx-password";
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"corridor-dp-{Guid.NewGuid():N}.pfx");

    public DataProtectionCertificateTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Corridor Identity Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, Password));
    }

    public void Dispose() => File.Delete(_pfx);

    [Fact]
    public async Task The_stored_keys_are_encrypted_by_the_certificate_and_the_service_signs_with_the_keys_they_protect()
    {
        await using var identity = await IdentityHost.StartAsync(new Dictionary<string, string?>
        {
            ["Identity:DataProtection:CertificatePath"] = _pfx,
            ["Identity:DataProtection:CertificatePassword"] = Password,
        });

        var stored = await identity.Host.QueryAsync<IdentityDbContext, List<string?>>(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        var token = await identity.AccessTokenAsync(identity.Client("450900"), "lists.read");

        var xml = Assert.Single(stored)!;
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(token));
    }
}
