namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// Marks a gRPC method that only reads. gRPC calls are all HTTP POST, so without this marker a call counts
/// as a write and a sync client needs the service's write scope for it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class ReadOnlyCallAttribute : Attribute;
