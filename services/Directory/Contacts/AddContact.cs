using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Organs;
using FluentValidation;

namespace Corridor.DirectoryService.Contacts;

/// <summary>Adds a contact to an active organ; written by those who write the organ (<see cref="OrganWriters"/>).</summary>
public sealed record AddContact(string OrganId, string? Role, string? Name, string? Phone) : IUseCase<ContactResponse>;

internal sealed class AddContactAuthorization(CallerIdentity caller) : ReviewerRule<AddContact>(caller);

internal sealed class AddContactValidator : AbstractValidator<AddContact>
{
    public AddContactValidator()
    {
        RuleFor(r => r.Role).IsEnumName(typeof(ContactRole)).NotEmpty().WithMessage($"Role must be one of: {string.Join(", ", Enum.GetNames<ContactRole>())}.");
        RuleFor(r => r.Name).Must(n => n is not null && n.Trim().Length is > 0 and <= Contact.MaxName)
            .WithMessage($"The name is 1 to {Contact.MaxName} characters.");
        RuleFor(r => r.Phone).Must(p => ContactPhones.Normalize(p) is not null)
            .WithMessage("The phone is a mobile number (11 digits) or a landline with its area code (0771-1234567).");
    }
}

internal sealed class AddContactHandler(DirectoryDbContext db, OrganWriters writers, CallerIdentity caller, IdempotentWrites writes, TimeProvider clock)
    : IUseCaseHandler<AddContact, ContactResponse>
{
    public async Task<ContactResponse> HandleAsync(AddContact request, CancellationToken cancellationToken)
    {
        var organ = await OrganReads.GetAsync(db, request.OrganId, cancellationToken);
        writers.EnsureMayWrite(organ.RegionCode);
        if (organ.Status == OrganStatus.Retired)
        {
            throw new DomainRuleException("organ.retired", $"The organ {organ.OrganId} is retired; it takes no new contacts.");
        }

        var contact = new Contact(
            organ.OrganId, Enum.Parse<ContactRole>(request.Role!), request.Name!.Trim(), ContactPhones.Normalize(request.Phone)!, caller.Actor,
            clock.GetUtcNow().UtcDateTime);
        db.Contacts.Add(contact);
        await writes.SaveAsync(cancellationToken);
        return ContactResponse.Of(contact, seesPhone: true);
    }
}
