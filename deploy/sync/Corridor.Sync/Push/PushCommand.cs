using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Http;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Push;

/// <summary>
/// <c>corridor-sync push</c>: submits a batch file through the Lists batch endpoints with an Idempotency-Key (so a retry,
/// or a re-run of the same file, replays the first answer instead of applying twice) and prints the per-item report.
/// Exit code 1 when any item was rejected.
/// </summary>
public sealed class PushCommand : AsyncCommand<PushSettings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task<int> ExecuteAsync(CommandContext context, PushSettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        var upload = BatchUpload.Read(settings.List!, settings.File);
        var key = settings.IdempotencyKey?.Trim() ?? upload.DefaultIdempotencyKey;
        using var clients = new SyncClients(connection, "lists.write", Output.Warn);
        var url = new Uri(WithSlash(connection.UrlOf(SyncService.Lists)), upload.Path);

        using var response = await clients.Api.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = upload.Content() };
            request.Headers.Add("Idempotency-Key", key);
            if (settings.Organ is { } organ)
            {
                request.Headers.Add("Corridor-Organ", organ.Trim());
            }

            return request;
        }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            throw new SyncFailure(
                $"The Idempotency-Key '{key}' was already used for another body: {await Problem.ReadAsync(response, cancellationToken)} Pass --idempotency-key with a new key to submit this file.",
                ExitCodes.Refused);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await CorridorApi.RefusedAsync(response, cancellationToken);
        }

        var report = await response.Content.ReadFromJsonAsync<BatchReport>(Json, cancellationToken)
            ?? throw new SyncFailure($"{url} answered an empty body.", ExitCodes.Refused);
        var replayed = response.Headers.TryGetValues("Idempotency-Replayed", out var values) && values.Contains("true");
        Render(upload, key, report, replayed, settings.RejectedOnly);
        return report.Rejected > 0 ? ExitCodes.Differences : ExitCodes.Ok;
    }

    private static void Render(BatchUpload upload, string key, BatchReport report, bool replayed, bool rejectedOnly)
    {
        var items = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(upload.FileName)}[/] → {upload.List}");
        items.AddColumns(upload.IsSheet ? "Row" : "Item", "External reference", "Outcome", "Id", "Reasons");
        foreach (var item in report.Items.Where(i => !rejectedOnly || i.Outcome == "rejected"))
        {
            var reasons = string.Join(Environment.NewLine, (item.Errors ?? []).Select(e =>
                $"{(e.Column is null ? e.Field : $"{e.Column}{(e.ColumnLetter is null ? "" : $" ({e.ColumnLetter})")}")}: {e.Message}"));
            items.AddRow(
                (item.Row ?? item.Index + (upload.IsSheet ? 0 : 1)).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(item.ExternalReference ?? "-"),
                item.Outcome switch
                {
                    "created" => "[green]created[/]",
                    "updated" => "[blue]updated[/]",
                    "rejected" => "[red]rejected[/]",
                    var other => Markup.Escape(other),
                },
                item.Id?.ToString() ?? "-",
                Markup.Escape(reasons));
        }

        AnsiConsole.Write(items);
        AnsiConsole.MarkupLine(
            $"{report.Total:N0} items: [green]{report.Created:N0} created[/], [blue]{report.Updated:N0} updated[/], {report.Unchanged:N0} unchanged, "
            + $"{(report.Rejected > 0 ? "[red]" : "")}{report.Rejected:N0} rejected{(report.Rejected > 0 ? "[/]" : "")}.");
        AnsiConsole.MarkupLine($"Idempotency-Key: {Markup.Escape(key)}{(replayed ? " [yellow](replayed: this batch was already submitted; nothing was applied again)[/]" : "")}");
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
