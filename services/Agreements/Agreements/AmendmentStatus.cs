namespace Corridor.Agreements.Agreements;

public enum AmendmentStatus
{
    /// <summary>Waiting for every organ concerned to sign.</summary>
    PendingSignatures,

    /// <summary>Every organ concerned signed; the changes are in force.</summary>
    Adopted,

    /// <summary>An organ concerned declined; nothing changed.</summary>
    Declined,
}
