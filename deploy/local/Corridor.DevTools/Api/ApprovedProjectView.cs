namespace Corridor.DevTools.Api;

/// <summary>An entry of Teams' read model of approved projects.</summary>
public sealed record ApprovedProjectView(Guid ProjectId, string Title, string LeadRegionCode, int Revision, DateTime ApprovedAt);
