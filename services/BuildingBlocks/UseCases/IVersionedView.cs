namespace Corridor.BuildingBlocks.UseCases;

/// <summary>A use case's answer about one aggregate, carrying the version REST sends as its ETag and gRPC as <c>version</c>.</summary>
public interface IVersionedView
{
    long Version { get; }
}
