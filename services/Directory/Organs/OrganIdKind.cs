namespace Corridor.DirectoryService.Organs;

public enum OrganIdKind
{
    /// <summary>A unified social credit code (GB 32100), valid in every part.</summary>
    CreditCode,

    /// <summary>Issued by the directory to a unit without a credit code: "CX" + region code + a 10-digit serial.</summary>
    ConferenceId,
}
