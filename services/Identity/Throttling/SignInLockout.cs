namespace Corridor.Identity.Throttling;

/// <summary>
/// Locks an unknown user name after repeated wrong passwords on the sign-in page (Identity:SignInLockout), as Identity's
/// lockout locks a stored person after as many: the page answers both alike, so it never tells which names exist.
/// </summary>
internal sealed class SignInLockout(IdentityOptions options, TimeProvider time)
{
    private readonly FailedAttempts _userNames = new(options.SignInLockout, time);

    public TimeSpan? LockedFor(string userName) => _userNames.LockedFor(userName);

    public TimeSpan? RecordFailure(string userName) => _userNames.RecordFailure(userName);

    public void Succeeded(string userName) => _userNames.Clear(userName);
}
