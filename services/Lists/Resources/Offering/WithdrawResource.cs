using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Resources.Offering;

/// <summary>The offering organ withdraws the resource, saying why.</summary>
public sealed record WithdrawResource(Guid ResourceId, VersionPrecondition Precondition, string? Reason) : IUseCase<ResourceResponse>;

internal sealed class WithdrawResourceValidator : AbstractValidator<WithdrawResource>
{
    public WithdrawResourceValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
}

internal sealed class WithdrawResourceHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<WithdrawResource, ResourceResponse>
{
    public Task<ResourceResponse> HandleAsync(WithdrawResource request, CancellationToken cancellationToken) =>
        ResourceWriter.ApplyAsync(db, request.ResourceId, request.Precondition, r => r.Withdraw(caller, request.Reason!.Trim(), clock.GetUtcNow().UtcDateTime), cancellationToken);
}
