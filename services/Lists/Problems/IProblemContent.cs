namespace Corridor.Lists.Problems;

/// <summary>What a problem is raised with, in a request or a batch item, before validation.</summary>
public interface IProblemContent
{
    string? Title { get; }

    string? Description { get; }

    string? Category { get; }

    string? Severity { get; }

    string? EnterpriseCreditCode { get; }

    string? ExternalReference { get; }
}
