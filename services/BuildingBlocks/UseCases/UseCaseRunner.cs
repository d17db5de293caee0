using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// Runs a use case the same way whichever adapter asked: its authorization rules, then its validators (all failures
/// at once, as a <see cref="ValidationException"/>), then its handler. Resolved per request scope.
/// </summary>
public sealed class UseCaseRunner(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, object> Pipelines = new();

    public Task<TResult> RunAsync<TResult>(IUseCase<TResult> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = (Pipeline<TResult>)Pipelines.GetOrAdd(
            request.GetType(), type => Activator.CreateInstance(typeof(Pipeline<,>).MakeGenericType(type, typeof(TResult)))!);
        return pipeline.RunAsync(request, services, cancellationToken);
    }

    private abstract class Pipeline<TResult>
    {
        public abstract Task<TResult> RunAsync(IUseCase<TResult> request, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class Pipeline<TRequest, TResult> : Pipeline<TResult>
        where TRequest : IUseCase<TResult>
    {
        public override async Task<TResult> RunAsync(IUseCase<TResult> request, IServiceProvider services, CancellationToken cancellationToken)
        {
            var typed = (TRequest)request;
            foreach (var rule in services.GetServices<IAuthorizationRule<TRequest>>())
            {
                await rule.CheckAsync(typed, cancellationToken);
            }

            var failures = new List<FluentValidation.Results.ValidationFailure>();
            foreach (var validator in services.GetServices<IValidator<TRequest>>())
            {
                failures.AddRange((await validator.ValidateAsync(typed, cancellationToken)).Errors);
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            return await services.GetRequiredService<IUseCaseHandler<TRequest, TResult>>().HandleAsync(typed, cancellationToken);
        }
    }
}
