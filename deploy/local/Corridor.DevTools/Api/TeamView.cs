namespace Corridor.DevTools.Api;

/// <summary>The part of a Teams answer that the tools read.</summary>
public sealed record TeamView(Guid Id, string Kind, string Name, string RegionCode, string Status);
