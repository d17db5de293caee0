using System.Text.Json;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Web;

/// <summary>Turns the exceptions that carry a meaning for the caller into RFC 9457 problem+json answers.</summary>
public sealed class CorridorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (DatabaseBusy.Is(exception))
        {
            httpContext.Response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(
            validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
        },
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message, "not-found"),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "The record has changed.", stale.Message, "stale-version"),
        CursorExpiredException expired => Problem(StatusCodes.Status410Gone, "The cursor has expired.", expired.Message, CursorExpiredException.Code),
        PreconditionRequiredException missing => Problem(StatusCodes.Status428PreconditionRequired, "The version you read is required.", missing.Message, "precondition-required"),
        ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed.", forbidden.Message, forbidden.Code),
        OrganRefusedException refused => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = OrganRefusedException.ProblemTypeBase + refused.Code,
            Title = "The request names an organ it may not name so.",
            Detail = refused.Message,
            Extensions = { ["code"] = refused.Code, ["field"] = refused.Field },
        },
        DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "The request conflicts with the current state.", rule.Message, rule.Code),
        IdempotencyKeyReusedException reused => Problem(
            StatusCodes.Status422UnprocessableEntity, IdempotencyKeyReusedException.Title, reused.Message, IdempotencyKeyReusedException.Code),
        DbUpdateException when ForeignKeyViolation.Is(exception) => Problem(StatusCodes.Status409Conflict, "The request conflicts with the current state.", ForeignKeyViolation.Message, ForeignKeyViolation.Code),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "The record was changed by someone else.", "Reload it and apply your change again.", "concurrency-conflict"),
        _ when DatabaseBusy.Is(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "The service is busy.", DatabaseBusy.Message, DatabaseBusy.Code),
        DependencyUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "A required service is unavailable.", unavailable.Message, "dependency-unavailable"),
        BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [json.Path ?? "$"] = ["The value is not valid JSON for this field."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body could not be read.",
        },
        BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", bad.Message, "bad-request"),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string title, string detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };
}
