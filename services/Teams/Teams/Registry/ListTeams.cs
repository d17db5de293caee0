using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams.Registry;

public sealed record TeamSummary(
    Guid Id, string Kind, string Name, string OwnerOrganId, string RegionCode, string Status, DateOnly FormedOn, DateTime RegisteredAt, long Version);

public sealed record TeamPage(IReadOnlyList<TeamSummary> Items, string? NextCursor);

/// <summary>Teams filtered, ordered by (RegisteredAt, Id), a page at a time; projectId keeps the teams ever deployed to that project.</summary>
public sealed record ListTeams(string? Kind, string? Region, string? Status, Guid? ProjectId, string? Q, string? Cursor, int? Limit) : IUseCase<TeamPage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListTeamsValidator : AbstractValidator<ListTeams>
{
    public ListTeamsValidator()
    {
        RuleFor(r => r.Kind).Must(EnumNames.Is<TeamKind>).When(r => r.Kind is not null).WithMessage($"Kind must be one of {EnumNames.List<TeamKind>()}.");
        RuleFor(r => r.Status).Must(EnumNames.Is<TeamStatus>).When(r => r.Status is not null).WithMessage($"Status must be one of {EnumNames.List<TeamStatus>()}.");
        RuleFor(r => r.Region).Must(CorridorRegions.IsMember).When(r => r.Region is not null)
            .WithMessage("Region must be the GB/T 2260 code of a corridor member region.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListTeams.MaxLimit).WithMessage($"Limit must be between 1 and {ListTeams.MaxLimit}.");
        RuleFor(r => r.Q).MaximumLength(200).WithMessage("The search text is at most 200 characters.");
    }
}

internal sealed class ListTeamsHandler(TeamsDbContext db) : IUseCaseHandler<ListTeams, TeamPage>
{
    public async Task<TeamPage> HandleAsync(ListTeams request, CancellationToken cancellationToken)
    {
        var after = PageCursor.Decode(request.Cursor, nameof(request.Cursor));
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

        if (after is { } cursor)
        {
            query = query.Where(t => t.RegisteredAt > cursor.At || (t.RegisteredAt == cursor.At && t.Id > cursor.Id));
        }

        var rows = await query
            .OrderBy(t => t.RegisteredAt).ThenBy(t => t.Id)
            .Take(limit + 1)
            .Select(t => new { t.Id, t.Kind, t.Name, t.OwnerOrganId, t.RegionCode, t.Status, t.FormedOn, t.RegisteredAt, t.Version })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(t => new TeamSummary(t.Id, t.Kind.ToString(), t.Name, t.OwnerOrganId, t.RegionCode, t.Status.ToString(), t.FormedOn, t.RegisteredAt, t.Version))
            .ToArray();
        var next = rows.Count > limit ? new PageCursor(items[^1].RegisteredAt, items[^1].Id).Encode() : null;
        return new TeamPage(items, next);
    }
}
