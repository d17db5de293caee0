using Corridor.Lists.Projects.Reactions;

namespace Corridor.Lists.Projects;

/// <summary>The linked agreement as Lists last heard of it; Flagged when it is not Active. Unknown until an event about it arrived.</summary>
public sealed record AgreementStateResponse(string Status, bool Flagged, string? Reason, DateTime? ChangedAt)
{
    public static AgreementStateResponse From(LinkedAgreement? state) =>
        state is null ? new("Active", false, null, null) : new(state.Status, state.Flagged, state.Reason, state.ChangedAt);
}
