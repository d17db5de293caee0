using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;

namespace Corridor.DirectoryService.Organs.Batches;

/// <summary>
/// A batch or import of organs: each item is one <see cref="UpsertOrgan"/> run through the use case runner (the same
/// authorization, validator and handler as PUT …/by-ref/{region}/{externalReference}, so the same GB 32100, region,
/// membership and parent rules and the same events), without a version (as in the lists' batches, the content decides:
/// the same content is "unchanged"). Items run in order inside the batch's one transaction (<see cref="BatchTransaction"/>),
/// so a parent registered by an earlier item can be named by a later one; a refused item rolls back its own save only.
/// </summary>
internal sealed class OrganBatchSubmitter(
    DirectoryDbContext db, CallerIdentity caller, TimeProvider clock, UseCaseRunner useCases, IEnumerable<IValidator<UpsertOrgan>> validators)
{
    public Task<BatchAnswer> SubmitAsync(
        IKeyedSubmission submission, IReadOnlyList<BatchItem<RegisterOrganRequest>> items, Func<string, string, FieldError> errorFor, CancellationToken cancellationToken) =>
        new BatchTransaction(db, caller, clock).SubmitAsync(
            submission,
            async (saves, _, ct) =>
            {
                await saves.BeginAsync(ct);
                var firstIndexOf = new Dictionary<(string Region, string Reference), int>();
                var results = new List<BatchItemResult>(items.Count);
                foreach (var item in items)
                {
                    results.Add(await ApplyAsync(item, firstIndexOf, errorFor, ct));
                    // Each item saved itself (or was refused); what it tracked is no use to the next one.
                    db.ChangeTracker.Clear();
                }

                return BatchResult.Of(results);
            },
            cancellationToken);

    private async Task<BatchItemResult> ApplyAsync(
        BatchItem<RegisterOrganRequest> item, Dictionary<(string, string), int> firstIndexOf, Func<string, string, FieldError> error, CancellationToken cancellationToken)
    {
        var reference = item.Request?.ExternalReference?.Trim();
        var errors = new List<FieldError>(item.ReadErrors);
        if (item.Request is not { } request)
        {
            return Rejected(item, reference, [.. errors, error("item", "The item is missing.")]);
        }

        var upsert = new UpsertOrgan(
            reference ?? "", VersionPrecondition.None, request.OrganId, request.RegionCode?.Trim(), request.FullName, request.ShortName, request.Level, request.Kind,
            request.ParentOrganId);
        foreach (var validator in validators)
        {
            errors.AddRange((await validator.ValidateAsync(upsert, cancellationToken)).Errors
                .Where(f => errors.All(e => !string.Equals(e.Field, f.PropertyName, StringComparison.OrdinalIgnoreCase)))
                .Select(f => error(CamelCase(f.PropertyName), f.ErrorMessage)));
        }

        // The validator refuses a blank reference: it is the key that makes resubmitting safe.
        var key = (upsert.RegionCode ?? "", reference ?? "");
        if (key.Item2.Length > 0 && !firstIndexOf.TryAdd(key, item.Index))
        {
            errors.Add(error("externalReference", $"The external reference '{reference}' of region {key.Item1} already appears at index {firstIndexOf[key]} of this batch."));
        }

        if (errors.Count > 0)
        {
            return Rejected(item, reference, errors);
        }

        try
        {
            var upserted = await useCases.RunAsync(upsert, cancellationToken);
            return new BatchItemResult(item.Index, item.Row, reference, upserted.Outcome, null, [], upserted.Organ.OrganId);
        }
        catch (DomainRuleException rule) // ForbiddenException (another region's organ) and AlreadyExistsException included
        {
            return Rejected(item, reference, [error("item", $"{rule.Message} ({rule.Code})")]);
        }
        catch (PreconditionFailedException stale)
        {
            return Rejected(item, reference, [error("item", $"The organ was changed by another request while the batch ran: {stale.Message}")]);
        }
    }

    private static BatchItemResult Rejected(BatchItem<RegisterOrganRequest> item, string? reference, IReadOnlyList<FieldError> errors) =>
        new(item.Index, item.Row, string.IsNullOrEmpty(reference) ? null : reference, ItemOutcome.Rejected, null, errors);

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
