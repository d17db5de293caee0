using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Agreements.V1;
using Grpc.Core;

namespace Corridor.Lists.Projects;

/// <summary>Asks Agreements (the authority) over gRPC whether an agreement is Active and binds the project's organs.</summary>
internal sealed class AgreementBindingCheck(AgreementsQuery.AgreementsQueryClient agreements)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task EnsureActiveAndBindingAsync(Guid agreementId, IEnumerable<string> organIds, CancellationToken cancellationToken)
    {
        CheckBindingReply reply;
        try
        {
            reply = await agreements.CheckBindingAsync(
                new CheckBindingRequest { AgreementId = agreementId.ToString(), OrganIds = { organIds } },
                deadline: DateTime.UtcNow.Add(Deadline),
                cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw new DomainRuleException("project.agreement-not-found", $"Agreement {agreementId} does not exist.");
        }
        catch (RpcException ex)
        {
            throw new DependencyUnavailableException($"The Agreements service ({ex.StatusCode})", ex);
        }

        if (!reply.Active)
        {
            throw new DomainRuleException("project.agreement-not-active", $"Agreement {agreementId} is {Describe(reply.Status)}; a project can only name an Active agreement.");
        }

        if (reply.MissingOrganIds.Count > 0)
        {
            throw new DomainRuleException("project.agreement-parties", $"Agreement {agreementId} does not bind these organs of the project: {string.Join(", ", reply.MissingOrganIds)}.");
        }
    }

    private static string Describe(AgreementStatus status) => status.ToString();
}
