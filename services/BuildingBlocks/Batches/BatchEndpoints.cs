using System.Text.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Sheets;
using Corridor.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>
/// Batch (JSON), import (.xlsx/.csv) and template endpoints of one kind of record: each reads the upload and runs the
/// service's submission use case (see <see cref="BatchTransaction"/> for the one transaction and the Idempotency-Key).
/// </summary>
public static class BatchEndpoints
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <param name="layout">The columns of the template and of the sheets the import reads.</param>
    /// <param name="batch">The batch use case for the items, the key and the body's hash.</param>
    /// <param name="import">The import use case for the file name, the content, the key and the content's hash.</param>
    public static RouteGroupBuilder MapBatchAndImport<TRequest>(
        this IEndpointRouteBuilder routes,
        string path,
        string tag,
        SheetLayout layout,
        Func<BatchItem<TRequest>[], string?, string, IUseCase<BatchAnswer>> batch,
        Func<string, byte[], string?, string, IUseCase<BatchAnswer>> import)
    {
        var group = routes.MapGroup(path).WithTags(tag);
        group.MapPost("/batch", async (HttpContext http, UseCaseRunner useCases) =>
        {
            var body = await ReadAllAsync(http.Request.Body, http.RequestAborted);
            return await AnswerAsync(http, useCases, batch(BatchJson.Read<TRequest>(body), KeyOf(http), IdempotencyKeys.HashBody(body)));
        }).Accepts<BatchBody<TRequest>>("application/json").Produces<BatchResult>();
        group.MapPost("/import", (HttpContext http, UseCaseRunner useCases) => ImportAsync(http, useCases, import))
            .Accepts<SheetUpload>("multipart/form-data").Produces<BatchResult>();
        group.MapGet("/template.xlsx", () =>
            TypedResults.File(SheetTemplate.Xlsx(layout), SheetTemplate.XlsxContentType, $"{layout.ListName}-template.xlsx")).Produces<Stream>(StatusCodes.Status200OK, SheetTemplate.XlsxContentType);
        group.MapGet("/template.csv", () =>
            TypedResults.File(SheetTemplate.Csv(layout), "text/csv; charset=utf-8", $"{layout.ListName}-template.csv")).Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        return group;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, UseCaseRunner useCases, Func<string, byte[], string?, string, IUseCase<BatchAnswer>> import)
    {
        if (!http.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "import.not-multipart", "Send the file as multipart/form-data in a field named 'file'.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "import.no-file", "Send the file as multipart/form-data in a field named 'file'.");
        }

        byte[] content;
        await using (var stream = file.OpenReadStream())
        {
            content = await ReadAllAsync(stream, http.RequestAborted);
        }

        try
        {
            return await AnswerAsync(http, useCases, import(file.FileName, content, KeyOf(http), IdempotencyKeys.HashBody(content)));
        }
        catch (SheetFileException unreadable)
        {
            return Problem(unreadable.Status, unreadable.Code, unreadable.Message);
        }
    }

    /// <summary>200 with the outcomes; a replay says so in Idempotency-Replayed, a reused key is 422 (CorridorExceptionHandler).</summary>
    private static async Task<IResult> AnswerAsync(HttpContext http, UseCaseRunner useCases, IUseCase<BatchAnswer> submission)
    {
        var answer = await useCases.RunAsync(submission, http.RequestAborted);
        if (answer.Replayed)
        {
            http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        }

        return TypedResults.Text(JsonSerializer.Serialize(answer.Result, JsonSerializerOptions.Web), JsonContentType, statusCode: StatusCodes.Status200OK);
    }

    private static string? KeyOf(HttpContext http) => http.Request.Headers[IdempotencyKeys.Header].ToString().Trim() is { Length: > 0 } key ? key : null;

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
}
