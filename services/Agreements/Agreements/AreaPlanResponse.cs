namespace Corridor.Agreements.Agreements;

public sealed record AreaPlanResponse(int Year, string Area, int Planned, string? Goal);
