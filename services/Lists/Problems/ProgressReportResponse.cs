namespace Corridor.Lists.Problems;

public sealed record ProgressReportResponse(string Text, string? SupportNeeded, string ByOrganId, string By, DateTime At, string? ByOrganName = null);
