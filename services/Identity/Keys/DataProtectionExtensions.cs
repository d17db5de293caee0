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
            protection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword));
        }
        else if (!builder.Environment.IsDevelopment())
        {
            builder.Services.AddHostedService<UnencryptedKeysWarning>();
        }

        return builder;
    }
}
