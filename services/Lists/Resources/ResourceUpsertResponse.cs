using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Resources;

/// <summary>The answer to an upsert by external reference: what happened, and the record as it now is.</summary>
public sealed record ResourceUpsertResponse(string Outcome, ResourceResponse Resource) : IVersionedView
{
    long IVersionedView.Version => Resource.Version;
}
