using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.People.Store;

namespace Corridor.Identity.People.Api;

/// <summary>
/// The secretariat (or the person's coordinator) resets a forgotten password: a generated temporary password, answered
/// once, that only opens the change-password form at the next sign-in. Sessions end; a failure lockout is lifted, a
/// manager's lock is not.
/// </summary>
public sealed record ResetPassword(Guid Id, VersionPrecondition Precondition) : IUseCase<TemporaryPassword>;

internal sealed class ResetPasswordRule(CallerIdentity caller) : PeopleManagerRule<ResetPassword>(caller);

internal sealed class ResetPasswordHandler(PeopleWriter writer) : IUseCaseHandler<ResetPassword, TemporaryPassword>
{
    public async Task<TemporaryPassword> HandleAsync(ResetPassword request, CancellationToken cancellationToken)
    {
        var (person, _) = await writer.LoadForChangeAsync(request.Id, request.Precondition, cancellationToken);
        var temporary = TemporaryPasswords.Generate();
        var reset = await writer.SaveWithoutEventAsync(person, async () =>
        {
            person.PasswordHash = writer.People.PasswordHasher.HashPassword(person, temporary);
            person.MustChangePassword = true;
            PeopleResults.ThrowIfFailed(await writer.People.UpdateSecurityStampAsync(person));
            PeopleResults.ThrowIfFailed(await writer.People.ResetAccessFailedCountAsync(person));
            if (!person.LockedByManager)
            {
                PeopleResults.ThrowIfFailed(await writer.People.SetLockoutEndDateAsync(person, null));
            }
        }, cancellationToken);
        await writer.RevokeSessionsAsync(person, cancellationToken);
        return new TemporaryPassword(temporary, reset.Version);
    }
}
