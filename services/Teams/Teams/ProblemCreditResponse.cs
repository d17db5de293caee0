namespace Corridor.Teams.Teams;

public sealed record ProblemCreditResponse(Guid ProblemId, Guid? DeploymentId, string? Note, string By, DateTime At);
