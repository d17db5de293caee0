using System.Security.Cryptography.X509Certificates;
using Corridor.Identity.Infrastructure;
using Microsoft.AspNetCore.DataProtection;

namespace Corridor.Identity.Keys;

internal static class DataProtectionExtensions
{
    private const string ApplicationName = "corridor-identity";

    /// <summary>
    /// Data Protection keys in Identity's database, so a key made by one replica unprotects on every other
    /// (stored signing keys, sign-in cookies, antiforgery tokens); encrypted by a certificate when one is set.
    /// The <see cref="KeyRing"/> creates them, under its lease.
    /// </summary>
    public static IHostApplicationBuilder AddSharedDataProtection(this IHostApplicationBuilder builder, DataProtectionSettings settings)
    {
        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<IdentityDbContext>()
            .DisableAutomaticKeyGeneration();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var current = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
            protection.ProtectKeysWithCertificate(current);

            // Rotation: keys encrypted under an earlier certificate stay readable while it is listed.
            var previous = settings.PreviousCertificates
                .Select(c => X509CertificateLoader.LoadPkcs12FromFile(c.Path, c.Password))
                .ToArray();
            if (previous.Length > 0)
            {
                protection.UnprotectKeysWithAnyCertificate([current, .. previous]);
            }
        }
        else if (!builder.Environment.IsDevelopment())
        {
            builder.Services.AddHostedService<UnencryptedKeysWarning>();
        }

        return builder;
    }
}
