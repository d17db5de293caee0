using Corridor.BuildingBlocks.Batches;

namespace Corridor.DirectoryService.Organs.Batches;

/// <summary>POST /api/v1/organs/batch and /import, GET /api/v1/organs/template.xlsx and template.csv (<see cref="BatchEndpoints"/>).</summary>
internal static class OrganBatchEndpoints
{
    public static IEndpointRouteBuilder MapOrganBatches(this IEndpointRouteBuilder routes)
    {
        routes.MapBatchAndImport<RegisterOrganRequest>(
            "/api/v1/organs",
            "Organs",
            OrganSheet.Layout,
            (items, key, hash) => new UpsertOrganBatch(items, key, hash),
            (name, file, key, hash) => new ImportOrgans(name, file, key, hash));
        return routes;
    }
}
