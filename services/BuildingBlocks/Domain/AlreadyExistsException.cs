namespace Corridor.BuildingBlocks.Domain;

/// <summary>The record the request would create exists already (an id registered before): 409 over REST, ALREADY_EXISTS over gRPC.</summary>
public sealed class AlreadyExistsException(string code, string message) : DomainRuleException(code, message);
