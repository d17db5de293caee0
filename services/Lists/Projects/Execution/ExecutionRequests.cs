namespace Corridor.Lists.Projects.Execution;

/// <summary>The body of <see cref="StartExecution"/>; StartedOn defaults to today (UTC).</summary>
public sealed record StartExecutionRequest(DateOnly? StartedOn);

/// <summary>The body of <see cref="ReportMilestoneProgress"/>.</summary>
public sealed record MilestoneProgressRequest(int? Percent, string? Note);

/// <summary>The body of <see cref="CompleteProject"/>; CompletedOn defaults to today (UTC).</summary>
public sealed record CompleteProjectRequest(DateOnly? CompletedOn);

/// <summary>The body of <see cref="CancelProject"/>.</summary>
public sealed record CancelProjectRequest(string? Reason);
