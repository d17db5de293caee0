namespace Corridor.DevTools.Api;

/// <summary>The part of an Agreements answer that the tools read.</summary>
public sealed record AgreementView(Guid Id, string Kind, string Title, string Status);
