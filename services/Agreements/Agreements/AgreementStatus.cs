namespace Corridor.Agreements.Agreements;

public enum AgreementStatus
{
    Draft,
    PendingSignatures,
    Active,
    Suspended,
    Expired,
    Terminated,
}
