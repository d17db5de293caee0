using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Regions;
using FluentValidation;

namespace Corridor.DirectoryService.Organs;

/// <summary>
/// Registers an organ of a member region: by its credit code, or without an id to be issued a conference id. The
/// secretariat for any region, a coordinator for their own region (<see cref="OrganWriters"/>).
/// </summary>
public sealed record RegisterOrgan(
    string? OrganId, string? RegionCode, string? FullName, string? ShortName, string? Level, string? Kind, string? ParentOrganId, string? ExternalReference)
    : IUseCase<OrganResponse>, IOrganInput;

internal sealed class RegisterOrganAuthorization(CallerIdentity caller) : ReviewerRule<RegisterOrgan>(caller);

internal sealed class RegisterOrganValidator : OrganInputValidator<RegisterOrgan>
{
    public RegisterOrganValidator(DivisionTable divisions)
        : base(divisions) =>
        RuleFor(r => r.ExternalReference).MaximumLength(Organ.MaxExternalReference);
}

internal sealed class RegisterOrganHandler(OrganRegistrations registrations) : IUseCaseHandler<RegisterOrgan, OrganResponse>
{
    public async Task<OrganResponse> HandleAsync(RegisterOrgan request, CancellationToken cancellationToken) =>
        OrganResponse.From(await registrations.RegisterAsync(
            request, string.IsNullOrWhiteSpace(request.ExternalReference) ? null : request.ExternalReference.Trim(), cancellationToken));
}
