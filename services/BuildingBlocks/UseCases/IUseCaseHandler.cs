namespace Corridor.BuildingBlocks.UseCases;

/// <summary>Carries out one use case once its request is valid and the caller allowed; one handler per request type.</summary>
public interface IUseCaseHandler<in TRequest, TResult>
    where TRequest : IUseCase<TResult>
{
    Task<TResult> HandleAsync(TRequest request, CancellationToken cancellationToken);
}
