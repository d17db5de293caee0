namespace Corridor.BuildingBlocks.Domain;

/// <summary>
/// A request that is well-formed but not allowed by the domain rules in the current state
/// (an illegal transition, a party that may not act). Answered as 409 / FAILED_PRECONDITION.
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    /// <summary>Stable, machine-readable reason, e.g. "agreement.not-a-party".</summary>
    public string Code { get; } = code;
}
