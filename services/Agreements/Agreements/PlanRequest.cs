namespace Corridor.Agreements.Agreements;

public sealed record PlanRequest(int? Year, string? Area, int? Planned, string? Goal)
{
    public AreaPlan ToPlan() => new(Year!.Value, Enum.Parse<CooperationArea>(Area!, ignoreCase: true), Planned!.Value, string.IsNullOrWhiteSpace(Goal) ? null : Goal.Trim());
}
