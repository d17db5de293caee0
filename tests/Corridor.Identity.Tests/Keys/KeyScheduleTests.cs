using Corridor.Identity.Keys;

namespace Corridor.Identity.Tests.Keys;

/// <summary>Which keys exist, are published and sign over a key's whole life, with 90-day keys announced 14 days ahead and retired after 1 day.</summary>
public sealed class KeyScheduleTests
{
    private static readonly KeyScheduleOptions Options = new()
    {
        Lifetime = TimeSpan.FromDays(90),
        AnnounceBefore = TimeSpan.FromDays(14),
        RetireAfter = TimeSpan.FromDays(1),
    };

    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly KeySchedule _schedule = new(Options);

    [Fact]
    public void Without_keys_a_key_valid_at_once_is_created()
    {
        var created = _schedule.KeyToCreate([], T0);

        Assert.NotNull(created);
        Assert.True(created.Value.NotBefore <= T0);
        Assert.Equal(Options.Lifetime, created.Value.NotAfter - created.Value.NotBefore);
    }

    [Fact]
    public void The_next_key_is_created_only_once_the_announce_period_begins()
    {
        var current = Key(T0);
        var takeover = current.NotAfter - Options.RetireAfter;

        Assert.Null(_schedule.KeyToCreate([current], takeover - Options.AnnounceBefore - TimeSpan.FromSeconds(1)));
        var next = _schedule.KeyToCreate([current], takeover - Options.AnnounceBefore);

        Assert.Equal((takeover, takeover + Options.Lifetime), next);
    }

    [Fact]
    public void Over_a_rollover_the_JWKS_lists_next_current_and_previous_while_the_current_key_signs()
    {
        var current = Key(T0);
        var takeover = current.NotAfter - Options.RetireAfter;
        var next = Key(takeover);
        KeyPeriod[] keys = [current, next];

        // Announced: both published, the current key still signs, nothing more to create.
        var announced = takeover - Options.AnnounceBefore;
        Assert.Equal([next, current], KeySchedule.Published(keys, announced));
        Assert.Equal(current, KeySchedule.Signing(keys, announced));
        Assert.Null(_schedule.KeyToCreate(keys, announced));

        // Taken over: the next key signs, the previous one stays published for the tokens it signed.
        Assert.Equal(next, KeySchedule.Signing(keys, takeover));
        Assert.Equal([next, current], KeySchedule.Published(keys, takeover));
        Assert.Empty(KeySchedule.Expired(keys, takeover));

        // Retired: the previous key expires and is dropped.
        Assert.Equal([next], KeySchedule.Published(keys, current.NotAfter));
        Assert.Equal([current], KeySchedule.Expired(keys, current.NotAfter));
        Assert.Equal(next, KeySchedule.Signing(keys, current.NotAfter));
    }

    [Fact]
    public void A_service_down_past_the_takeover_starts_the_successor_now_not_in_the_past()
    {
        var current = Key(T0);
        var late = current.NotAfter - TimeSpan.FromHours(1);

        var next = _schedule.KeyToCreate([current], late);

        Assert.Equal((late, late + Options.Lifetime), next);
    }

    [Fact]
    public void When_every_key_has_expired_a_new_one_starts_at_once()
    {
        var old = Key(T0);
        var now = old.NotAfter + TimeSpan.FromDays(3);

        var created = _schedule.KeyToCreate([old], now);

        Assert.NotNull(created);
        Assert.True(created.Value.NotBefore <= now && now < created.Value.NotAfter);
    }

    [Fact]
    public void The_schedule_runs_again_at_the_next_announcement_switch_or_expiry_at_the_latest_after_the_check_interval()
    {
        var current = Key(T0);
        var next = Key(current.NotAfter - Options.RetireAfter);

        Assert.Equal(T0 + Options.CheckInterval, _schedule.NextChange([current], T0));
        var justBeforeTakeover = next.NotBefore - TimeSpan.FromMinutes(5);
        Assert.Equal(next.NotBefore, _schedule.NextChange([current, next], justBeforeTakeover));
    }

    [Theory]
    [InlineData(15, 14, 1)]
    [InlineData(90, 0, 1)]
    [InlineData(90, 14, 0)]
    public void Inconsistent_periods_are_refused(int lifetimeDays, int announceDays, int retireDays)
    {
        var options = new KeyScheduleOptions
        {
            Lifetime = TimeSpan.FromDays(lifetimeDays),
            AnnounceBefore = TimeSpan.FromDays(announceDays),
            RetireAfter = TimeSpan.FromDays(retireDays),
        };

        Assert.Throws<InvalidOperationException>(() => new KeySchedule(options));
    }

    private static KeyPeriod Key(DateTime notBefore) => new(Guid.NewGuid(), notBefore, notBefore + Options.Lifetime);
}
