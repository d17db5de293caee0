using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Tests.Projects;

public sealed class ReviewPolicyTests
{
    [Fact]
    public void Each_participating_region_coordinator_once_in_code_order_then_the_secretariat()
    {
        var parties = new ReviewPolicy().RequiredParties(["450900", "441200", "450900", "440800"]);

        Assert.Equal(["coordinator:440800", "coordinator:441200", "coordinator:450900", "secretariat"], parties.Select(p => p.Key));
    }

    [Fact]
    public void The_secretariat_is_required_by_default_and_can_be_switched_off()
    {
        Assert.True(new ReviewPolicy().RequireSecretariat);
        Assert.Equal(
            [ReviewParty.CoordinatorOf("450700")],
            new ReviewPolicy { RequireSecretariat = false }.RequiredParties(["450700"]));
    }
}
