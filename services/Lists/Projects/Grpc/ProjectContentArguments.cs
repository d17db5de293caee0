using Corridor.BuildingBlocks.Grpc;
using Corridor.Contracts.Lists.V1;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Grpc;

/// <summary>
/// Reads a proto project content into the REST body the use cases validate. Malformed values are left out and
/// returned, named as REST names the field, for the use case to report with its rule failures (one INVALID_ARGUMENT).
/// </summary>
internal static class ProjectContentArguments
{
    public static (CreateProjectRequest Content, IReadOnlyList<ValidationFailure> Malformed) Read(ProjectContentMessage? content)
    {
        content ??= new ProjectContentMessage();
        var failures = new List<ValidationFailure>();
        var request = new CreateProjectRequest(
            GrpcArguments.Optional(content.Title),
            content.Description,
            content.Partners.Select(p => new PartnerRequest(p.OrganId, GrpcArguments.Optional(p.RegionCode))).ToArray(),
            Read(() => GrpcArguments.OptionalId(content.AgreementId, "Content.AgreementId"), failures),
            GrpcArguments.Optional(content.Category),
            Read(() => GrpcArguments.Decimal(content.Budget, "Budget"), failures),
            Read(() => GrpcArguments.Date(content.StartDate, "StartDate"), failures),
            Read(() => GrpcArguments.Date(content.EndDate, "EndDate"), failures),
            content.Milestones.Select((m, i) => new MilestoneRequest(
                GrpcArguments.Optional(m.Title), Read(() => GrpcArguments.Date(m.DueDate, $"Milestones[{i}].DueDate"), failures))).ToArray());
        return (request, failures);
    }

    private static T? Read<T>(Func<T?> parse, List<ValidationFailure> failures)
        where T : struct
    {
        try
        {
            return parse();
        }
        catch (ValidationException malformed)
        {
            failures.AddRange(malformed.Errors);
            return null;
        }
    }
}
