using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// One line of an agreement's audit trail. Actions: draft, revise, propose, sign, activate, suspend, resume, terminate,
/// expire, renewal-due, amend-propose, amend-sign, amend-decline, amend.
/// </summary>
public sealed class AgreementTransition : StatusTransition<AgreementStatus>
{
    private AgreementTransition()
    {
    }

    public AgreementTransition(string action, AgreementStatus? from, AgreementStatus to, CallerIdentity by, DateTime at, string? note)
        : base(action, from, to, by, at, note)
    {
    }
}
