using FluentValidation;
using FluentValidation.Results;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>The batch as a whole cannot be read: 400 with the field, through the shared exception handler.</summary>
internal sealed class BatchFormatException(string field, string message) : ValidationException([new ValidationFailure(field, message)]);
