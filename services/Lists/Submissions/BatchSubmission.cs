using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Submissions;

/// <summary>
/// Applies a batch of one list type: validates every item, loads the caller region's existing records
/// by external reference in bulk, compares content hashes, and creates or updates through the domain.
/// Every <see cref="SaveChunk"/> applied items it hands the effects to <c>saveChunk</c>, which the caller saves
/// inside its one transaction (with the outbox rows, the journal entries and at the end the idempotency record),
/// so no answer ever describes a partial write while the change tracker holds one chunk rather than the batch.
/// </summary>
internal static class BatchSubmission
{
    public const int MaxItems = BatchLimits.MaxItems;

    // Well below SQLite's and SQL Server's parameter limits.
    private const int LookupChunk = 500;

    // Items whose effects are tracked at once: EF's change detection and its per-save bookkeeping grow with the
    // tracked entries, and a 10,000-item batch tracked whole held ~225 MiB (issue 16).
    public const int SaveChunk = 1_000;

    public static async Task<BatchResult> ApplyAsync<TRequest, TAggregate>(
        ListsDbContext db,
        IListSubmission<TRequest, TAggregate> list,
        IValidator<TRequest> validator,
        IReadOnlyList<BatchItem<TRequest>> items,
        CallerIdentity caller,
        DateTime now,
        Func<string, string, FieldError> error,
        Func<CancellationToken, Task> saveChunk,
        CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var results = new BatchItemResult?[items.Count];
        var accepted = new List<(int Slot, BatchItem<TRequest> Item, string Reference)>();
        var firstIndexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < items.Count; slot++)
        {
            var item = items[slot];
            var errors = new List<FieldError>(item.ReadErrors);
            var reference = item.Request is null ? null : list.ExternalReferenceOf(item.Request)?.Trim();
            if (item.Request is null)
            {
                errors.Add(error("item", "The item is missing."));
            }
            else
            {
                var validation = await validator.ValidateAsync(item.Request, cancellationToken);
                errors.AddRange(validation.Errors
                    .Where(f => errors.All(e => !string.Equals(e.Field, f.PropertyName, StringComparison.OrdinalIgnoreCase)))
                    .Select(f => error(CamelCase(f.PropertyName), f.ErrorMessage)));
                if (string.IsNullOrEmpty(reference))
                {
                    errors.Add(error("externalReference", "A batch item needs its external reference: it is the key that makes resubmitting safe."));
                }
                else if (!firstIndexOf.TryAdd(reference, item.Index))
                {
                    errors.Add(error("externalReference", $"The external reference '{reference}' already appears at index {firstIndexOf[reference]} of this batch."));
                }
            }

            if (errors.Count > 0)
            {
                results[slot] = Rejected(item, reference, errors);
            }
            else
            {
                accepted.Add((slot, item, reference!));
            }
        }

        var existing = await LoadExistingAsync(db, list, caller.Region, accepted.Select(a => a.Reference).ToArray(), cancellationToken);
        foreach (var chunk in accepted.Chunk(SaveChunk))
        {
            foreach (var (slot, item, reference) in chunk)
            {
                results[slot] = Apply(db, list, item, reference, existing.GetValueOrDefault(reference), caller, now, error);
            }

            await saveChunk(cancellationToken);
        }

        return BatchResult.Of(results.Select(r => r!).ToArray());
    }

    private static BatchItemResult Apply<TRequest, TAggregate>(
        ListsDbContext db,
        IListSubmission<TRequest, TAggregate> list,
        BatchItem<TRequest> item,
        string reference,
        TAggregate? existing,
        CallerIdentity caller,
        DateTime now,
        Func<string, string, FieldError> error)
        where TAggregate : AggregateRoot
    {
        var request = item.Request!;
        try
        {
            if (existing is null)
            {
                var created = list.Create(db, request, caller, now);
                return new BatchItemResult(item.Index, item.Row, reference, ItemOutcome.Created, created.Id, []);
            }

            if (list.ContentHashOf(existing) == list.ContentHashOf(request))
            {
                return new BatchItemResult(item.Index, item.Row, reference, ItemOutcome.Unchanged, existing.Id, []);
            }

            // Loaded untracked; tracked only now, so only changed records cost change tracking.
            db.Attach(existing);
            var outcome = list.Update(existing, request, caller, now) ? ItemOutcome.Updated : ItemOutcome.Unchanged;
            return new BatchItemResult(item.Index, item.Row, reference, outcome, existing.Id, []);
        }
        catch (DomainRuleException rule) // ForbiddenException included
        {
            return Rejected(item, reference, [error("item", $"{rule.Message} ({rule.Code})")]);
        }
    }

    private static async Task<Dictionary<string, TAggregate>> LoadExistingAsync<TRequest, TAggregate>(
        ListsDbContext db, IListSubmission<TRequest, TAggregate> list, string region, string[] references, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var existing = new Dictionary<string, TAggregate>(StringComparer.Ordinal);
        foreach (var chunk in references.Chunk(LookupChunk))
        {
            foreach (var aggregate in await list.Existing(db, region, chunk).AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken))
            {
                existing[list.ExternalReferenceOf(aggregate)] = aggregate;
            }
        }

        return existing;
    }

    private static BatchItemResult Rejected<TRequest>(BatchItem<TRequest> item, string? reference, IReadOnlyList<FieldError> errors) =>
        new(item.Index, item.Row, string.IsNullOrEmpty(reference) ? null : reference, ItemOutcome.Rejected, null, errors);

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
