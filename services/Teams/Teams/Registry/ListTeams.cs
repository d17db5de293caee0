using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams.Registry;

/// <summary>Teams filtered, ordered by (RegisteredAt, Id), a page at a time; projectId keeps the teams ever deployed to that project.</summary>
public sealed record ListTeams(string? Kind, string? Region, string? Status, Guid? ProjectId, string? Q, string? Cursor, int? Limit) : IUseCase<TeamPage>
{
    public const int DefaultLimit = ListFilter.DefaultLimit;
    public const int MaxLimit = ListFilter.MaxLimit;
}

internal sealed class ListTeamsValidator : AbstractValidator<ListTeams>
{
    public ListTeamsValidator(IOrganDirectory directory, TimeProvider clock)
    {
        RuleFor(r => r.Kind).NameOf<ListTeams, TeamKind>();
        RuleFor(r => r.Status).NameOf<ListTeams, TeamStatus>();
        RuleFor(r => r.Region).MemberRegion(directory, clock).When(r => r.Region is not null)
            .WithMessage("Region must be the GB/T 2260 code of a corridor member region.");
        RuleFor(r => r.Limit).PageSize();
        RuleFor(r => r.Q).SearchText();
    }
}

internal sealed class ListTeamsHandler(TeamsDbContext db, IOrganDirectory directory) : IUseCaseHandler<ListTeams, TeamPage>
{
    public async Task<TeamPage> HandleAsync(ListTeams request, CancellationToken cancellationToken)
    {
        var after = ListFilter.Cursor(request.Cursor, nameof(request.Cursor));
        var limit = request.Limit ?? ListTeams.DefaultLimit;
        var query = db.Teams.AsNoTracking();
        if (request.Kind is { } kind)
        {
            var value = Enum.Parse<TeamKind>(kind);
            query = query.Where(t => t.Kind == value);
        }

        if (request.Region is { } region)
        {
            query = query.Where(t => t.RegionCode == region);
        }

        if (request.Status is { } status)
        {
            var value = Enum.Parse<TeamStatus>(status);
            query = query.Where(t => t.Status == value);
        }

        if (request.ProjectId is { } projectId)
        {
            query = query.Where(t => t.Deployments.Any(d => d.ProjectId == projectId));
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            query = query.WhereContains(db.Database, request.Q.Trim(), t => t.Name, t => t.Mission);
        }

        var rows = await query
            .PageAfter(t => t.RegisteredAt, t => t.Id, after, limit)
            .Select(t => new { t.Id, t.Kind, t.Name, t.OwnerOrganId, t.RegionCode, t.Status, t.FormedOn, t.RegisteredAt, t.Version })
            .ToListAsync(cancellationToken);
        var page = KeysetPaging.Cut(
            rows,
            limit,
            t => new PageCursor(t.RegisteredAt, t.Id),
            t => new TeamSummary(t.Id, t.Kind.ToString(), t.Name, t.OwnerOrganId, t.RegionCode, t.Status.ToString(), t.FormedOn, t.RegisteredAt, t.Version));
        var names = await directory.NamesAsync(page.Items.Select(t => t.OwnerOrganId), cancellationToken);
        return new TeamPage(page.Items.Select(t => t with { OwnerOrganName = names.Of(t.OwnerOrganId) }).ToArray(), page.NextCursor);
    }
}
