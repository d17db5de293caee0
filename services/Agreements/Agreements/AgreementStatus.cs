namespace Corridor.Agreements.Agreements;

public enum AgreementStatus
{
    Draft,
    PendingSignatures,
    Active,
    Suspended,
    Expired,
    Terminated,

    /// <summary>Every party signed before the effective date (the term start); becomes Active on that date.</summary>
    Signed,
}
