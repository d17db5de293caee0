namespace Corridor.Identity.Keys;

/// <summary>A PFX file and its password.</summary>
public sealed class DataProtectionCertificate
{
    public string Path { get; set; } = "";

    public string? Password { get; set; }
}
