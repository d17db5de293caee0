namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// Who may run a use case, checked before its request is validated (as an HTTP authorization policy would be).
/// A refusal is a <see cref="Domain.ForbiddenException"/>: 403 over REST, PERMISSION_DENIED over gRPC.
/// Rules about the record itself (own region, own organ) stay with the aggregate, which knows the record.
/// </summary>
public interface IAuthorizationRule<in TRequest>
{
    ValueTask CheckAsync(TRequest request, CancellationToken cancellationToken);
}
