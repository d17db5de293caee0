using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Security;
using FluentValidation;

namespace Corridor.Agreements.Agreements;

public sealed record SignAgreementRequest(string? Signatory);

public sealed class SignAgreementValidator : AbstractValidator<SignAgreementRequest>
{
    public SignAgreementValidator() => RuleFor(r => r.Signatory).NotEmpty().MaximumLength(100);
}

internal static class SignAgreement
{
    /// <summary>The caller's organ signs for itself: no organ can sign on another's behalf.</summary>
    public static Task<AgreementResponse> HandleAsync(
        Guid id, SignAgreementRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        AgreementChange.ApplyAsync(db, id, http, a => a.Sign(caller.Organ, request.Signatory!, clock.GetUtcNow().UtcDateTime), cancellationToken);
}

internal static class ProposeAgreement
{
    public static Task<AgreementResponse> HandleAsync(
        Guid id, CallerIdentity caller, AgreementsDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        AgreementChange.ApplyAsync(db, id, http, a => a.Propose(caller.Organ), cancellationToken);
}
