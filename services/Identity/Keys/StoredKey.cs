namespace Corridor.Identity.Keys;

/// <summary>A self-signed X.509 certificate with its RSA private key, protected with ASP.NET Core Data Protection.</summary>
public sealed class StoredKey
{
    private StoredKey()
    {
    }

    public StoredKey(Guid id, KeyUse use, DateTime notBefore, DateTime notAfter, DateTime createdAt, byte[] protectedCertificate)
    {
        Id = id;
        Use = use;
        NotBefore = notBefore;
        NotAfter = notAfter;
        CreatedAt = createdAt;
        ProtectedCertificate = protectedCertificate;
    }

    public Guid Id { get; private set; }

    public KeyUse Use { get; private set; }

    public DateTime NotBefore { get; private set; }

    public DateTime NotAfter { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The PKCS#12 export of the certificate and its private key, protected.</summary>
    public byte[] ProtectedCertificate { get; private set; } = [];

    public KeyPeriod Period => new(Id, NotBefore, NotAfter);
}
