namespace Corridor.Teams.Teams.Deployments;

public sealed record DeployTeamRequest(Guid? ProjectId, DateOnly? From, DateOnly? To, string? Task);

public sealed record EndDeploymentRequest(DateOnly? EndedOn, string? Reason);

public sealed record OutcomeRequest(string? Text);

public sealed record CreditProblemRequest(Guid? ProblemId, Guid? DeploymentId, string? Note);
