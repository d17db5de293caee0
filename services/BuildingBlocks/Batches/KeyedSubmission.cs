using Corridor.BuildingBlocks.Idempotency;
using FluentValidation;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>A submission under the caller's optional idempotency key, identified by the hash of what was sent.</summary>
public interface IKeyedSubmission
{
    string? IdempotencyKey { get; }

    string RequestHash { get; }
}

/// <summary>The key rule of every submission, reported under the REST header's name on both transports.</summary>
public abstract class KeyedSubmissionValidator<T> : AbstractValidator<T>
    where T : IKeyedSubmission
{
    protected KeyedSubmissionValidator()
    {
        RuleFor(r => r.IdempotencyKey).MaximumLength(IdempotencyKeys.MaxKeyLength).OverridePropertyName(IdempotencyKeys.Header)
            .WithMessage($"The key must be at most {IdempotencyKeys.MaxKeyLength} characters.");
    }
}

/// <summary>The key rule and the batch size rule.</summary>
public abstract class BatchValidator<T, TRequest> : KeyedSubmissionValidator<T>
    where T : IKeyedSubmission, IBatch<TRequest>
{
    protected BatchValidator()
    {
        RuleFor(r => r.Items.Count).LessThanOrEqualTo(BatchLimits.MaxItems).OverridePropertyName("items")
            .WithMessage($"A batch can hold at most {BatchLimits.MaxItems} items; split it.");
    }
}

public interface IBatch<TRequest>
{
    IReadOnlyList<BatchItem<TRequest>> Items { get; }
}
