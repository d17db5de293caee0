using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Activities.Recording;

/// <summary>A party records an activity under an agreement; the agreement decides whether it may (in force, a party, an area of its plan).</summary>
public sealed record RecordActivity(
    Guid AgreementId,
    string? Area,
    DateOnly? Date,
    string? HostOrganId,
    IReadOnlyList<string>? ParticipatingOrganIds,
    int? ParticipantCount,
    string? Summary,
    DocumentRequest? Evidence) : IUseCase<Activity>, IActivityFields
{
    public static RecordActivity From(Guid agreementId, IActivityFields f) =>
        new(agreementId, f.Area, f.Date, f.HostOrganId, f.ParticipatingOrganIds, f.ParticipantCount, f.Summary, f.Evidence);
}

internal sealed class RecordActivityValidator : ActivityFieldsValidator<RecordActivity>;

/// <summary>Saved through <see cref="IdempotentWrites"/>: a retried REST recording with the same Idempotency-Key answers the first one.</summary>
internal sealed class RecordActivityHandler(AgreementsDbContext db, IdempotentWrites writes, CallerIdentity caller, TimeProvider clock)
    : IUseCaseHandler<RecordActivity, Activity>
{
    public async Task<Activity> HandleAsync(RecordActivity request, CancellationToken cancellationToken)
    {
        var agreement = await AgreementQueries.GetAsync(db, request.AgreementId, cancellationToken);
        var activity = Activity.Record(agreement, caller, request.ToInput(), clock.GetUtcNow().UtcDateTime);
        db.Activities.Add(activity);
        await writes.SaveAsync(cancellationToken);
        return activity;
    }
}
