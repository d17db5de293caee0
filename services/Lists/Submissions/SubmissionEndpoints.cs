using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Submissions;

/// <summary>Batch, import and template endpoints of one list type (<see cref="BatchEndpoints"/>) in the layout of its <see cref="IListSubmission{TRequest, TAggregate}"/>.</summary>
internal static class SubmissionEndpoints
{
    /// <param name="batch">The list's batch use case for the items, the key and the body's hash.</param>
    /// <param name="import">The list's import use case for the file name, the content, the key and the content's hash.</param>
    public static IEndpointRouteBuilder MapSubmissions<TRequest, TAggregate>(
        this IEndpointRouteBuilder routes,
        string path,
        string tag,
        Func<BatchItem<TRequest>[], string?, string, IUseCase<BatchAnswer>> batch,
        Func<string, byte[], string?, string, IUseCase<BatchAnswer>> import)
        where TAggregate : AggregateRoot
    {
        var layout = routes.ServiceProvider.GetRequiredService<IListSubmission<TRequest, TAggregate>>().Layout;
        routes.MapBatchAndImport(path, tag, layout, batch, import);
        return routes;
    }
}
