using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

public sealed record OrganBatch(IReadOnlyList<OrganResponse> Organs, IReadOnlyList<string> UnknownOrganIds);

/// <summary>
/// Up to <see cref="MaxIds"/> organs at once, for other services' read models; the ids the directory does not know are
/// listed apart. One query: the ids go as one parameter and each organ is one row.
/// </summary>
public sealed record GetOrgans(IReadOnlyList<string> OrganIds) : IUseCase<OrganBatch>
{
    public const int MaxIds = 500;
}

internal sealed class GetOrgansValidator : AbstractValidator<GetOrgans>
{
    public GetOrgansValidator()
    {
        RuleFor(r => r.OrganIds).NotEmpty().Must(ids => ids.Count <= GetOrgans.MaxIds).WithMessage($"At most {GetOrgans.MaxIds} organ ids at once.");
        RuleForEach(r => r.OrganIds).NotEmpty().MaximumLength(Organ.IdLength);
    }
}

internal sealed class GetOrgansHandler(DirectoryDbContext db) : IUseCaseHandler<GetOrgans, OrganBatch>
{
    public async Task<OrganBatch> HandleAsync(GetOrgans request, CancellationToken cancellationToken)
    {
        var ids = request.OrganIds.Distinct(StringComparer.Ordinal).ToArray();
        var rows = await OrganReads.Rows(db.Organs.Where(o => ids.Contains(o.OrganId))).ToListAsync(cancellationToken);
        var found = rows.Select(r => r.OrganId).ToHashSet(StringComparer.Ordinal);
        return new OrganBatch(
            rows.OrderBy(r => r.OrganId, StringComparer.Ordinal).Select(OrganResponse.From).ToArray(),
            ids.Where(id => !found.Contains(id)).ToArray());
    }
}
