using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.People.Store;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.People.Api;

/// <summary>People by creation, optionally of one region or holding one role; a coordinator sees their own region only.</summary>
public sealed record ListPeople(string? Region, string? Role, string? Cursor, int? Limit) : IUseCase<KeysetPage<PersonResponse>>;

internal sealed class ListPeopleRule(CallerIdentity caller) : PeopleManagerRule<ListPeople>(caller);

internal sealed class ListPeopleValidator : AbstractValidator<ListPeople>
{
    public ListPeopleValidator()
    {
        RuleFor(r => r.Limit).PageSize();
        RuleFor(r => r.Role).Must(r => r is null || PersonRoles.All.Contains(r)).WithMessage($"role must be one of {string.Join(", ", PersonRoles.All)}.");
    }
}

internal sealed class ListPeopleHandler(IdentityDbContext db, ManagedRegion managed, TimeProvider time) : IUseCaseHandler<ListPeople, KeysetPage<PersonResponse>>
{
    private const string CursorScope = "people:";

    public async Task<KeysetPage<PersonResponse>> HandleAsync(ListPeople request, CancellationToken cancellationToken)
    {
        var region = request.Region;
        if (!managed.IsEveryRegion)
        {
            region ??= await managed.CoordinatorRegionAsync(cancellationToken);
            await managed.EnsureAsync(region, cancellationToken);
        }

        var query = db.People.AsNoTracking();
        if (region is not null)
        {
            query = query.Where(p => p.RegionCode == region);
        }

        if (request.Role is { } role)
        {
            var roleName = role;
            query = query.Where(p => db.UserRoles.Any(ur => ur.UserId == p.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        var limit = request.Limit ?? ListFilter.DefaultLimit;
        var rows = await query.PageAfter(p => p.CreatedAt, p => p.Id, ListFilter.Cursor(request.Cursor, "cursor", CursorScope), limit)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(p => p.Id).ToArray();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = time.GetUtcNow();
        return KeysetPaging.Cut(rows, limit, p => new(p.CreatedAt, p.Id), p => PersonResponse.Of(p, roles[p.Id], now), CursorScope);
    }
}
