using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Lists.Projects;

public sealed record CreateProjectRequest(string? Title, string? Description, IReadOnlyList<PartnerRequest>? Partners, Guid? AgreementId);

public sealed record PartnerRequest(string? OrganId, string? RegionCode);

public sealed class CreateProjectValidator : AbstractValidator<CreateProjectRequest>
{
    public CreateProjectValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Description).MaximumLength(4000);
        RuleFor(r => r.Partners).Cascade(CascadeMode.Stop).NotNull().Must(p => p!.Count > 0).WithMessage("A joint project needs at least one partner organ.");
        RuleForEach(r => r.Partners).NotNull().WithMessage("Each partner must be given.");
        // Every item is checked (no cascade stop across items), null ones only by the rule above.
        RuleForEach(r => r.Partners).Where(item => item is not null).ChildRules(partner =>
        {
            partner.RuleFor(p => p.OrganId).Must(UnifiedSocialCreditCode.IsValid)
                .WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
            partner.RuleFor(p => p.RegionCode).Must(CorridorRegions.IsMember)
                .WithMessage("RegionCode must be the GB/T 2260 code of a corridor member region.");
        });
    }
}

internal static class CreateProject
{
    /// <summary>The caller's organ leads; a named agreement is checked with Agreements before anything is saved.</summary>
    public static async Task<Created<ProjectResponse>> HandleAsync(
        CreateProjectRequest request,
        CallerIdentity caller,
        ListsDbContext db,
        AgreementBindingCheck agreements,
        ReviewPolicy policy,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var partners = request.Partners!.Select(p => new ProjectPartner(p.OrganId!, p.RegionCode!)).ToArray();
        var project = Project.Draft(
            request.Title!, request.Description ?? "", caller.Organ, caller.Region, partners, request.AgreementId, clock.GetUtcNow().UtcDateTime);

        if (request.AgreementId is { } agreementId)
        {
            await agreements.EnsureActiveAndBindingAsync(agreementId, project.ParticipatingOrgans, cancellationToken);
        }

        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, project.Version);
        return TypedResults.Created($"/api/v1/projects/{project.Id}", ProjectResponse.From(project, policy));
    }
}
