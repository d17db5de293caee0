namespace Corridor.Agreements.Agreements;

/// <summary>A party signs for itself; <see cref="OrganId"/>, when given, must be the caller's own organ.</summary>
public sealed record SignAgreementRequest(string? Signatory, string? OrganId);

public sealed record ReasonRequest(string? Reason);

public sealed record ResumeRequest(string? Note);

public sealed record TerminateRequest(string? Reason, DocumentRequest? Document);
