namespace Corridor.Lists.Problems.Supervision;

// The REST bodies of the supervision transitions; each becomes its use case's command, whose validator checks it.
public sealed record AcceptProblemRequest(string? ResponsibleOrganId, string? ResponsibleRegionCode, IReadOnlyList<OrganRequest?>? CoResponsibleOrgans, DateOnly? DueDate);

public sealed record OrganRequest(string? OrganId, string? RegionCode);

public sealed record ProgressRequest(string? Text, string? SupportNeeded);

public sealed record ResolveRequest(string? Resolution);

public sealed record ConfirmRequest(int? Satisfaction);

public sealed record ReasonRequest(string? Reason);

public sealed record DuplicateRequest(Guid? DuplicateOf);

public sealed record TransferRequest(string? ToOrganId, string? ToRegionCode, string? Reason);

public sealed record UrgeRequest(string? Note);
