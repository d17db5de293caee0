using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

public sealed record OrganChangeResponse(string Action, IReadOnlyList<FieldChange> Changes, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note);

/// <summary>An organ's audit trail, oldest first: who changed what and when, with the previous and new values.</summary>
public sealed record GetOrganHistory(string OrganId) : IUseCase<IReadOnlyList<OrganChangeResponse>>;

internal sealed class GetOrganHistoryHandler(DirectoryDbContext db) : IUseCaseHandler<GetOrganHistory, IReadOnlyList<OrganChangeResponse>>
{
    public async Task<IReadOnlyList<OrganChangeResponse>> HandleAsync(GetOrganHistory request, CancellationToken cancellationToken)
    {
        var key = await OrganReads.KeyOfAsync(db, request.OrganId, cancellationToken);
        var lines = await db.Organs.AsNoTracking().Where(o => o.Id == key).SelectMany(o => o.History).ToListAsync(cancellationToken);
        return lines.Count == 0
            ? throw new NotFoundException(nameof(Organ), request.OrganId)
            : lines.OrderBy(l => l.At).ThenBy(l => l.Id)
                .Select(l => new OrganChangeResponse(l.Action, l.Fields, l.By, l.ByOrganId, l.ByRegionCode, l.At, l.Note))
                .ToArray();
    }
}
