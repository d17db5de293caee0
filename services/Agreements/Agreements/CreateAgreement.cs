using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Agreements.Agreements;

public sealed record CreateAgreementRequest(
    string? Kind,
    string? Title,
    IReadOnlyList<PartyRequest>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd);

public sealed record PartyRequest(string? OrganId, string? OrganName, string? RegionCode);

public sealed class CreateAgreementValidator : AbstractValidator<CreateAgreementRequest>
{
    public CreateAgreementValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().IsEnumName(typeof(AgreementKind), caseSensitive: false)
            .WithMessage($"Kind must be one of: {string.Join(", ", Enum.GetNames<AgreementKind>())}.");
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.TermStart).NotNull();
        RuleFor(r => r.TermEnd).GreaterThanOrEqualTo(r => r.TermStart).When(r => r.TermEnd is not null && r.TermStart is not null)
            .WithMessage("The term cannot end before it starts.");
        RuleFor(r => r.Parties).Cascade(CascadeMode.Stop).NotNull().Must(p => p!.Count >= 2).WithMessage("An agreement needs at least two parties.");
        RuleForEach(r => r.Parties).NotNull().WithMessage("Each party must be given.");
        // Every item is checked (no cascade stop across items), null ones only by the rule above.
        RuleForEach(r => r.Parties).Where(item => item is not null).ChildRules(party =>
        {
            party.RuleFor(p => p.OrganId).Must(UnifiedSocialCreditCode.IsValid)
                .WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
            party.RuleFor(p => p.OrganName).NotEmpty().MaximumLength(200);
            party.RuleFor(p => p.RegionCode).Must(CorridorRegions.IsMember)
                .WithMessage("RegionCode must be the GB/T 2260 code of a corridor member region.");
        });
    }
}

internal static class CreateAgreement
{
    public static async Task<Created<AgreementResponse>> HandleAsync(
        CreateAgreementRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var parties = request.Parties!.Select(p => new AgreementParty(p.OrganId!, p.OrganName!, p.RegionCode!)).ToArray();
        if (!caller.IsSecretariat && parties.All(p => p.OrganId != caller.Organ))
        {
            throw new ForbiddenException("agreement.creator-not-a-party", "You can draft an agreement only when your organ is one of its parties.");
        }

        var agreement = Agreement.Draft(
            Enum.Parse<AgreementKind>(request.Kind!, ignoreCase: true), request.Title!, parties, request.TermStart!.Value, request.TermEnd, clock.GetUtcNow().UtcDateTime);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, agreement.Version);
        return TypedResults.Created($"/api/v1/agreements/{agreement.Id}", AgreementResponse.From(agreement));
    }
}
