using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Activities.Recording;

/// <summary>The caller region's activity named by its external reference: recorded, corrected (version required) or unchanged; see <see cref="ActivityUpsert"/>.</summary>
public sealed record UpsertActivity(
    Guid AgreementId,
    string ExternalReference,
    VersionPrecondition Precondition,
    string? Area,
    DateOnly? Date,
    string? HostOrganId,
    IReadOnlyList<string>? ParticipatingOrganIds,
    int? ParticipantCount,
    string? Summary,
    DocumentRequest? Evidence) : IUseCase<UpsertedActivity>, IActivityFields
{
    public static UpsertActivity From(Guid agreementId, string externalReference, VersionPrecondition precondition, IActivityFields f) =>
        new(agreementId, externalReference, precondition, f.Area, f.Date, f.HostOrganId, f.ParticipatingOrganIds, f.ParticipantCount, f.Summary, f.Evidence);
}

public sealed record UpsertedActivity(Activity Activity, UpsertOutcome Outcome);

internal sealed class UpsertActivityValidator : ActivityFieldsValidator<UpsertActivity>;

internal sealed class UpsertActivityHandler(AgreementsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<UpsertActivity, UpsertedActivity>
{
    public async Task<UpsertedActivity> HandleAsync(UpsertActivity request, CancellationToken cancellationToken)
    {
        var (activity, outcome) = await ActivityUpsert.ApplyAsync(
            db,
            request.AgreementId,
            request.ExternalReference,
            request.ToInput(),
            caller,
            request.Precondition.Check,
            request.Precondition.Require,
            clock.GetUtcNow().UtcDateTime,
            cancellationToken);
        return new UpsertedActivity(activity, outcome);
    }
}
