using Corridor.BuildingBlocks.Domain;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Store;

/// <summary>Identity's answers as the service's problems: a taken name 409, a lost race 409, a refused password or name 400.</summary>
internal static class PeopleResults
{
    public static void ThrowIfFailed(IdentityResult result, string field = "password")
    {
        if (result.Succeeded)
        {
            return;
        }

        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Contains(nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new DomainRuleException("person.user-name-taken", "A person with this user name exists already.");
        }

        if (codes.Contains(nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new DomainRuleException("concurrency-conflict", "The person was changed by someone else; reload and apply your change again.");
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code, field), e.Description)));
    }

    private static string FieldOf(string code, string passwordField) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : "person";
}
