using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Agreements.Agreements;

/// <summary>A region's own identifier of a record, as it comes in the address of an upsert.</summary>
internal static class ExternalReferences
{
    public static string Checked(string externalReference)
    {
        var reference = externalReference.Trim();
        return reference.Length is 0 or > Agreement.MaxExternalReference
            ? throw new ValidationException([new ValidationFailure("externalReference", $"The external reference must be 1 to {Agreement.MaxExternalReference} characters.")])
            : reference;
    }
}
