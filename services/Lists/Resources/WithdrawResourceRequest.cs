namespace Corridor.Lists.Resources;

public sealed record WithdrawResourceRequest(string? Reason);
