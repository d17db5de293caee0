namespace Corridor.BuildingBlocks.Domain;

/// <summary>The caller is known but may not do this; the message says why without exposing others' data.</summary>
public sealed class ForbiddenException(string code, string message) : DomainRuleException(code, message);
