using Corridor.Notifications.People;

namespace Corridor.Notifications.Tests.Domain;

public sealed class KnownPersonTests
{
    [Fact]
    public void The_newest_version_wins_and_roles_are_matched_whole()
    {
        var person = new KnownPerson(Guid.NewGuid());
        Assert.True(person.Apply("coordinator-450900", "玉林协调员", "ORGAN", "450900", ["member", "coordinator"], "c@demo.local", true, 2));
        Assert.False(person.Apply("coordinator-450900", "旧名", "ORGAN", "450900", ["member"], null, false, 1));

        Assert.Equal(("玉林协调员", "coordinator member", true), (person.DisplayName, person.Roles, person.Active));
        Assert.True(person.HasRole("coordinator"));
        Assert.False(person.HasRole("coord"));
        Assert.False(person.HasRole("secretariat"));
    }

    [Fact]
    public void A_blank_email_is_no_email()
    {
        var person = new KnownPerson(Guid.NewGuid());
        person.Apply("staff", "职员", "ORGAN", "450900", ["member"], "  ", true, 1);

        Assert.Null(person.Email);
    }
}
