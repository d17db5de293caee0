using Corridor.Teams.Projects;

namespace Corridor.Teams.Tests.ReadModel;

public sealed class ApprovedProjectTests
{
    private static readonly DateTime Approved = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_later_version_of_the_project_replaces_what_is_known()
    {
        var project = new ApprovedProject(Guid.NewGuid(), "旧标题", "450900", 1, 5, Approved);

        project.Refresh("新标题", 2, 9, Approved.AddDays(1));

        Assert.Equal(("新标题", 2, 9L, Approved.AddDays(1)), (project.Title, project.Revision, project.SourceVersion, project.ApprovedAt));
        Assert.Equal("450900", project.LeadRegionCode);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(4)]
    public void The_same_or_an_older_version_changes_nothing(long sourceVersion)
    {
        var project = new ApprovedProject(Guid.NewGuid(), "当前标题", "450900", 2, 5, Approved);

        project.Refresh("过时标题", 1, sourceVersion, Approved.AddDays(-1));

        Assert.Equal(("当前标题", 2, 5L, Approved), (project.Title, project.Revision, project.SourceVersion, project.ApprovedAt));
    }
}
