using System.Text;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Regions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

public sealed record OrganPage(IReadOnlyList<OrganResponse> Items, string? NextCursor);

/// <summary>
/// Organs filtered, ordered by id, a page at a time. Status "active" (the default), "retired" or "all"; a region keeps
/// the organs of that region exactly (not those of the regions under it).
/// </summary>
public sealed record ListOrgans(string? Region, string? Level, string? Kind, string? Status, string? Q, string? Cursor, int? Limit) : IUseCase<OrganPage>
{
    public static readonly string[] Statuses = ["active", "retired", "all"];
}

internal sealed class ListOrgansValidator : AbstractValidator<ListOrgans>
{
    public ListOrgansValidator()
    {
        RuleFor(r => r.Region).RegionCode().When(r => r.Region is not null);
        RuleFor(r => r.Level).NameOf<ListOrgans, OrganLevel>();
        RuleFor(r => r.Kind).NameOf<ListOrgans, OrganKind>();
        RuleFor(r => r.Status).Must(s => s is null || ListOrgans.Statuses.Contains(s))
            .WithMessage($"Status must be one of: {string.Join(", ", ListOrgans.Statuses)}.");
        RuleFor(r => r.Q).SearchText();
        RuleFor(r => r.Limit).PageSize();
        RuleFor(r => r.Cursor).Must(c => c is null || OrganCursor.Decode(c) is not null).WithMessage("The cursor was not handed out by this list.");
    }
}

internal sealed class ListOrgansHandler(DirectoryDbContext db) : IUseCaseHandler<ListOrgans, OrganPage>
{
    public async Task<OrganPage> HandleAsync(ListOrgans request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? ListFilter.DefaultLimit;
        var query = db.Organs.AsNoTracking();
        query = (request.Status ?? "active") switch
        {
            "active" => query.Where(o => o.Status == OrganStatus.Active),
            "retired" => query.Where(o => o.Status == OrganStatus.Retired),
            _ => query,
        };
        if (request.Region is { } region)
        {
            query = query.Where(o => o.RegionCode == region);
        }

        if (request.Level is { } level)
        {
            var value = Enum.Parse<OrganLevel>(level);
            query = query.Where(o => o.Level == value);
        }

        if (request.Kind is { } kind)
        {
            var value = Enum.Parse<OrganKind>(kind);
            query = query.Where(o => o.Kind == value);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            query = query.WhereContains(db.Database, request.Q.Trim(), o => o.FullName, o => o.ShortName);
        }

        if (OrganCursor.Decode(request.Cursor) is { } after)
        {
            query = query.Where(o => o.OrganId.CompareTo(after) > 0);
        }

        var ids = await query.OrderBy(o => o.OrganId).Select(o => o.OrganId).Take(limit + 1).ToListAsync(cancellationToken);
        var page = ids.Take(limit).ToArray();
        var rows = await OrganReads.Rows(db.Organs.Where(o => page.Contains(o.OrganId))).ToListAsync(cancellationToken);
        return new OrganPage(
            rows.OrderBy(r => r.OrganId, StringComparer.Ordinal).Select(OrganResponse.From).ToArray(),
            ids.Count > limit ? OrganCursor.Encode(page[^1]) : null);
    }
}

/// <summary>The page token of <see cref="ListOrgans"/>: the last id of the page, opaque to callers.</summary>
internal static class OrganCursor
{
    private const string Prefix = "organ:";

    public static string Encode(string organId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + organId)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 40)
        {
            return null;
        }

        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, written);
        return text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length <= Prefix.Length + Organ.IdLength && text.Length > Prefix.Length
            ? text[Prefix.Length..]
            : null;
    }
}
