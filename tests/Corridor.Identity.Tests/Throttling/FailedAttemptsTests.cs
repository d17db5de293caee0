using Corridor.Identity.Throttling;

namespace Corridor.Identity.Tests.Throttling;

/// <summary>The counting behind the sign-in lockout and the client throttle, on a clock the test moves.</summary>
public sealed class FailedAttemptsTests
{
    private readonly ManualClock _clock = new();
    private readonly FailedAttempts _attempts;

    public FailedAttemptsTests()
    {
        _attempts = new FailedAttempts(
            new FailedAttemptLimit { MaxFailedAttempts = 3, Window = TimeSpan.FromMinutes(15), LockoutDuration = TimeSpan.FromMinutes(10) },
            _clock);
    }

    [Fact]
    public void The_failure_that_reaches_the_limit_locks_the_key_for_the_lockout_duration_and_then_it_is_free()
    {
        Assert.Null(_attempts.RecordFailure("staff-450900"));
        Assert.Null(_attempts.RecordFailure("STAFF-450900"));

        Assert.Equal(TimeSpan.FromMinutes(10), _attempts.RecordFailure("staff-450900"));
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(TimeSpan.FromMinutes(6), _attempts.LockedFor("staff-450900"));
        Assert.Null(_attempts.LockedFor("staff-451100"));

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(_attempts.LockedFor("staff-450900"));
        Assert.Null(_attempts.RecordFailure("staff-450900"));
    }

    [Fact]
    public void Failures_further_apart_than_the_window_do_not_add_up()
    {
        _attempts.RecordFailure("sync-450900");
        _attempts.RecordFailure("sync-450900");
        _clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Null(_attempts.RecordFailure("sync-450900"));
        Assert.Null(_attempts.RecordFailure("sync-450900"));
        Assert.NotNull(_attempts.RecordFailure("sync-450900"));
    }

    [Fact]
    public void Clearing_a_key_forgets_its_failures()
    {
        _attempts.RecordFailure("staff-450900");
        _attempts.RecordFailure("staff-450900");

        _attempts.Clear("staff-450900");

        Assert.Null(_attempts.RecordFailure("staff-450900"));
        Assert.Null(_attempts.RecordFailure("staff-450900"));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
