using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Activities;

public static class ActivityFields
{
    /// <summary>The activity the fields describe, once they are valid.</summary>
    public static ActivityInput ToInput(this IActivityFields fields) => new(
        Enum.Parse<CooperationArea>(fields.Area!, ignoreCase: true),
        fields.Date!.Value,
        fields.HostOrganId!,
        fields.ParticipatingOrganIds ?? [],
        fields.ParticipantCount!.Value,
        fields.Summary!,
        fields.Evidence?.ToReference());
}
