namespace Corridor.DevTools.Api;

/// <summary>The part of a recorded activity that the tools read.</summary>
public sealed record ActivityView(Guid Id, Guid AgreementId, string Area);
