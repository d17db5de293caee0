namespace Corridor.Identity.Keys;

/// <summary>
/// The ASP.NET Core Data Protection keys (they protect the stored signing keys and the sign-in cookie) live
/// in Identity's database, so every replica reads the same ones. A certificate encrypts them there.
/// </summary>
public sealed class DataProtectionSettings
{
    /// <summary>A PFX file whose certificate encrypts the keys at rest. Empty: stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates that encrypted keys before the current one: still read, never used to encrypt.</summary>
    public List<DataProtectionCertificate> PreviousCertificates { get; set; } = [];
}
