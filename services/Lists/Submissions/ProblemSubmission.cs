using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Sheets;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;

namespace Corridor.Lists.Submissions;

/// <summary>
/// Problems in batches and sheets, keyed by (region, external reference). A raised problem is under
/// supervision, and its content has no edit operation in the domain: resubmitting it unchanged is
/// "unchanged", resubmitting it with other content is rejected rather than silently rewritten.
/// </summary>
internal sealed class ProblemSubmission : IListSubmission<RaiseProblemRequest, Problem>
{
    public static readonly SheetLayout Sheet = new("problems",
    [
        new SheetColumn("externalReference", SheetValueKind.Text, "外部编号", "External reference", "ExternalReference", "Ref"),
        new SheetColumn("title", SheetValueKind.Text, "标题", "问题", "Title"),
        new SheetColumn("category", SheetValueKind.Text, "类别", "Category") { Choices = SheetChoices.Of(ProblemLabels.Categories) },
        new SheetColumn("severity", SheetValueKind.Text, "严重程度", "Severity") { Choices = SheetChoices.Of(ProblemLabels.Severities) },
        new SheetColumn("enterpriseCreditCode", SheetValueKind.Text, "企业统一社会信用代码", "统一社会信用代码", "Enterprise credit code", "EnterpriseCreditCode"),
        new SheetColumn("description", SheetValueKind.Text, "描述", "说明", "Description"),
    ]);

    public SheetLayout Layout => Sheet;

    public string? ExternalReferenceOf(RaiseProblemRequest request) => request.ExternalReference;

    public string ExternalReferenceOf(Problem aggregate) => aggregate.ExternalReference!;

    public IQueryable<Problem> Existing(ListsDbContext db, string region, IReadOnlyCollection<string> externalReferences) =>
        db.Problems.Where(p => p.RaisedByRegionCode == region && p.ExternalReference != null && externalReferences.Contains(p.ExternalReference));

    public string ContentHashOf(RaiseProblemRequest request) =>
        Hash(request.Title, request.Description, Parse<ProblemCategory>(request.Category), Parse<ProblemSeverity>(request.Severity), request.EnterpriseCreditCode);

    public string ContentHashOf(Problem aggregate) =>
        Hash(aggregate.Title, aggregate.Description, aggregate.Category, aggregate.Severity, aggregate.EnterpriseCreditCode);

    public Problem Create(ListsDbContext db, RaiseProblemRequest request, CallerIdentity caller, DateTime now)
    {
        var problem = Problem.Raise(
            caller, request.Title!, request.Description ?? "", Parse<ProblemCategory>(request.Category), Parse<ProblemSeverity>(request.Severity),
            request.EnterpriseCreditCode, request.ExternalReference, now);
        db.Problems.Add(problem);
        return problem;
    }

    public bool Update(Problem aggregate, RaiseProblemRequest request, CallerIdentity caller, DateTime now) =>
        throw new DomainRuleException(
            "problem.content-fixed",
            $"The problem '{aggregate.ExternalReference}' was already raised with other content; report changes through its supervision (progress, transfer, reopen).");

    private static TEnum Parse<TEnum>(string? name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name!.Trim(), ignoreCase: false);

    private static string Hash(string? title, string? description, ProblemCategory category, ProblemSeverity severity, string? enterpriseCreditCode) =>
        ContentHash.Of(new Dictionary<string, string?>
        {
            ["title"] = title,
            ["description"] = description,
            ["category"] = category.ToString(),
            ["severity"] = severity.ToString(),
            ["enterpriseCreditCode"] = enterpriseCreditCode,
        });
}
