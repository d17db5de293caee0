using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Submissions;

/// <summary>
/// Batch (JSON), import (.xlsx/.csv) and template endpoints of one list type. Each request is one
/// transaction: every created/updated record, its events (outbox rows) and the Idempotency-Key record
/// commit in a single SaveChanges, or nothing does.
/// </summary>
internal static class SubmissionEndpoints
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapSubmissions<TRequest, TAggregate>(this IEndpointRouteBuilder routes, string path, string tag)
        where TAggregate : AggregateRoot
    {
        var group = routes.MapGroup(path).WithTags(tag);
        group.MapPost("/batch", BatchAsync<TRequest, TAggregate>).Accepts<BatchBody<TRequest>>("application/json").Produces<BatchResult>();
        group.MapPost("/import", ImportAsync<TRequest, TAggregate>).Accepts<SheetUpload>("multipart/form-data").Produces<BatchResult>();
        group.MapGet("/template.xlsx", (IListSubmission<TRequest, TAggregate> list) =>
            TypedResults.File(SheetTemplate.Xlsx(list.Layout), SheetTemplate.XlsxContentType, $"{list.Layout.ListName}-template.xlsx")).Produces<Stream>(StatusCodes.Status200OK, SheetTemplate.XlsxContentType);
        group.MapGet("/template.csv", (IListSubmission<TRequest, TAggregate> list) =>
            TypedResults.File(SheetTemplate.Csv(list.Layout), "text/csv; charset=utf-8", $"{list.Layout.ListName}-template.csv")).Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        return routes;
    }

    private static async Task<IResult> BatchAsync<TRequest, TAggregate>(
        HttpContext http,
        IListSubmission<TRequest, TAggregate> list,
        IValidator<TRequest> validator,
        ListsDbContext db,
        CallerIdentity caller,
        TimeProvider clock,
        CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var body = await ReadAllAsync(http.Request.Body, cancellationToken);
        return await SubmitAsync(http, db, caller, clock, body, cancellationToken, () =>
        {
            var items = ReadBatch<TRequest>(body);
            return BatchSubmission.ApplyAsync(
                db, list, validator, items, caller, clock.GetUtcNow().UtcDateTime, (field, message) => new FieldError(field, message), cancellationToken);
        });
    }

    private static async Task<IResult> ImportAsync<TRequest, TAggregate>(
        HttpContext http,
        IListSubmission<TRequest, TAggregate> list,
        IValidator<TRequest> validator,
        ListsDbContext db,
        CallerIdentity caller,
        TimeProvider clock,
        CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        if (!http.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "import.not-multipart", "Send the file as multipart/form-data in a field named 'file'.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "import.no-file", "Send the file as multipart/form-data in a field named 'file'.");
        }

        byte[] content;
        await using (var stream = file.OpenReadStream())
        {
            content = await ReadAllAsync(stream, cancellationToken);
        }

        Sheet sheet;
        try
        {
            sheet = SheetReader.Read(file.FileName, content, list.Layout);
        }
        catch (SheetFileException unreadable)
        {
            return Problem(unreadable.Status, unreadable.Code, unreadable.Message);
        }

        return await SubmitAsync(http, db, caller, clock, content, cancellationToken, () =>
        {
            var items = sheet.Rows.Select((row, index) => ReadRow<TRequest>(index, row)).ToArray();
            return BatchSubmission.ApplyAsync(db, list, validator, items, caller, clock.GetUtcNow().UtcDateTime, sheet.ErrorFor, cancellationToken);
        });
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, ListsDbContext db, CallerIdentity caller, TimeProvider clock, byte[] body, CancellationToken cancellationToken, Func<Task<BatchResult>> apply)
    {
        var key = IdempotencyKeys.KeyOf(http.Request);
        var callerKey = $"{caller.Region}/{caller.Subject}";
        var requestHash = IdempotencyKeys.HashBody(body);
        if (key is not null && await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var result = await apply();
        var answer = JsonSerializer.Serialize(result, JsonSerializerOptions.Web);
        if (key is not null)
        {
            IdempotencyKeys.Record(db, callerKey, key, requestHash, StatusCodes.Status200OK, JsonContentType, answer, clock.GetUtcNow().UtcDateTime);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            return await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) ?? throw new InvalidOperationException("The batch could not be saved.");
        }

        return TypedResults.Text(answer, JsonContentType, statusCode: StatusCodes.Status200OK);
    }

    private static BatchItem<TRequest>[] ReadBatch<TRequest>(byte[] body)
    {
        JsonElement[] elements;
        try
        {
            var request = JsonSerializer.Deserialize<BatchRequest>(body, JsonSerializerOptions.Web);
            elements = request?.Items ?? throw new BatchFormatException("items", "The batch needs an 'items' array.");
        }
        catch (JsonException json)
        {
            throw new BatchFormatException(json.Path ?? "$", "The body is not a valid JSON batch ({ \"items\": [...] }).");
        }

        if (elements.Length > BatchSubmission.MaxItems)
        {
            throw new BatchFormatException("items", $"A batch can hold at most {BatchSubmission.MaxItems} items; split it.");
        }

        return elements.Select((element, index) => ReadItem<TRequest>(index, element)).ToArray();
    }

    private static BatchItem<TRequest> ReadItem<TRequest>(int index, JsonElement element)
    {
        try
        {
            return new BatchItem<TRequest>(index, null, element.Deserialize<TRequest>(JsonSerializerOptions.Web), []);
        }
        catch (JsonException json)
        {
            return new BatchItem<TRequest>(index, null, default, [new FieldError(FieldOf(json.Path), "The value is not valid for this field.")]);
        }
    }

    private static BatchItem<TRequest> ReadRow<TRequest>(int index, SheetRow row)
    {
        try
        {
            return new BatchItem<TRequest>(index, row.Row, row.Values.Deserialize<TRequest>(JsonSerializerOptions.Web), row.CellErrors);
        }
        catch (JsonException json)
        {
            return new BatchItem<TRequest>(index, row.Row, default, [.. row.CellErrors, new FieldError(FieldOf(json.Path), "The value is not valid for this field.")]);
        }
    }

    private static string FieldOf(string? jsonPath) => jsonPath is null or "$" ? "item" : jsonPath.TrimStart('$', '.');

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static IResult Problem(int status, string code, string detail) => TypedResults.Problem(
        statusCode: status,
        title: "The upload could not be read.",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    private sealed record BatchRequest(JsonElement[]? Items);
}
