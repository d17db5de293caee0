using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>Agreements in force ending within <see cref="WithinDays"/> days (default: the renewal window; clamped to 0–3650), soonest first.</summary>
public sealed record ListExpiringAgreements(int? WithinDays) : IUseCase<ExpiringAgreements>;

public sealed record ExpiringAgreements(int WithinDays, DateOnly Today, IReadOnlyList<Agreement> Agreements);

internal sealed class ListExpiringAgreementsHandler(AgreementsDbContext db, LifecycleOptions options, TimeProvider clock)
    : IUseCaseHandler<ListExpiringAgreements, ExpiringAgreements>
{
    public async Task<ExpiringAgreements> HandleAsync(ListExpiringAgreements request, CancellationToken cancellationToken)
    {
        var window = Math.Clamp(request.WithinDays ?? options.RenewalWindowDays, 0, 3650);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new ExpiringAgreements(window, today, await AgreementQueries.ExpiringAsync(db, today, window, cancellationToken));
    }
}
