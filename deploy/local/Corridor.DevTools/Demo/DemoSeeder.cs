using System.Text.Json;
using Corridor.BuildingBlocks.Reference;
using Corridor.DevTools.Api;
using Spectre.Console;

namespace Corridor.DevTools.Demo;

/// <summary>
/// Loads <see cref="DemoData"/> through the REST APIs, each step as the organ or reviewer that would do
/// it: parties sign for themselves, coordinators of every participating region and the secretariat approve.
/// </summary>
public sealed class DemoSeeder(CorridorApiClient api, ServiceUrls urls, TimeSpan teamsWait)
{
    private readonly Dictionary<string, AgreementView> _agreements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectView> _projects = new(StringComparer.Ordinal);
    private readonly List<(TeamView Team, int Deployments)> _teams = [];

    public IReadOnlyDictionary<string, AgreementView> SeededAgreements => _agreements;

    public IReadOnlyDictionary<string, ProjectView> SeededProjects => _projects;

    public IReadOnlyList<(TeamView Team, int Deployments)> SeededTeams => _teams;

    /// <summary>The number of agreements already stored (up to one page of 200); demo data is loaded only into an empty Agreements service.</summary>
    public async Task<int> ExistingAgreementsAsync(CancellationToken cancellationToken)
    {
        var existing = await api.GetAsync<PageView<AgreementView>>(
            urls.Agreements, "/api/v1/agreements?limit=200", DemoCallers.Secretariat(), cancellationToken);
        return existing.Items.Count;
    }

    /// <summary>Runs every step; <paramref name="status"/> is told what is being done.</summary>
    public async Task RunAsync(Action<string> status, CancellationToken cancellationToken)
    {
        status("Directory: the member regions' organs");
        var organs = await new DirectorySeeder(api, urls).RunAsync(cancellationToken);
        Done($"{organs.Count} organs of {organs.Select(o => o.RegionCode).Distinct().Count()} member regions in the directory");

        foreach (var agreement in DemoData.Agreements)
        {
            status($"Agreement {agreement.Title}: draft, propose, signatures");
            var active = await ActivateAgreementAsync(agreement, cancellationToken);
            _agreements[agreement.Key] = active;
            Done($"agreement [bold]{Markup.Escape(agreement.Title)}[/] {active.Status} [grey]{active.Id}[/]");
        }

        foreach (var activity in DemoAgreementPlans.Activities)
        {
            status($"Activity {activity.Summary}");
            await RecordActivityAsync(activity, cancellationToken);
        }

        Done($"{DemoAgreementPlans.Activities.Count} activities recorded under the agreements");

        foreach (var project in DemoData.Projects)
        {
            status($"Joint project {project.Title}: create, submit{(project.Approve ? ", approvals" : "")}");
            var reviewed = await ReviewProjectAsync(project, cancellationToken);
            _projects[project.Key] = reviewed;
            Done($"project [bold]{Markup.Escape(project.Title)}[/] {reviewed.Status} [grey]{reviewed.Id}[/]");
        }

        status("Resource and problem lists: batches, supervision, a commitment");
        var (resources, problems) = await new DemoListsSeeder(api, urls).RunAsync(cancellationToken);
        Done($"{resources} resources and {problems} problems submitted in batches; {DemoLists.Problems.Count(p => p.Stage != DemoProblemStage.Open)} problems under supervision, one commitment");

        status("Waiting for Teams to receive the approved projects (RabbitMQ)");
        var waited = await WaitForTeamsAsync(cancellationToken);
        Done($"Teams received the {DemoData.Projects.Count(p => p.Approve)} approved projects after {waited.TotalSeconds:0.0} s");

        foreach (var team in DemoData.Teams)
        {
            status($"Team {team.Name}: register{(team.Deployments.Count > 0 ? ", deploy" : "")}");
            var registered = await RegisterAndDeployAsync(team, cancellationToken);
            _teams.Add((registered, team.Deployments.Count));
            Done($"team [bold]{Markup.Escape(team.Name)}[/] {team.Kind} {team.Region}, {team.Deployments.Count} deployment(s)");
        }
    }

    private static void Done(string markup) => AnsiConsole.MarkupLine($"[green]✓[/] {markup}");

    private async Task<AgreementView> ActivateAgreementAsync(DemoAgreement demo, CancellationToken cancellationToken)
    {
        var drafter = DemoCallers.Member(demo.PartyRegions[0]);
        var created = await api.PostAsync<AgreementView>(urls.Agreements, "/api/v1/agreements", new
        {
            kind = demo.Kind,
            title = demo.Title,
            parties = demo.PartyRegions.Select(DemoOrgans.Of).Select(o => new { organId = o.OrganId, organName = o.Name, regionCode = o.RegionCode }),
            termStart = demo.TermStart,
            termEnd = demo.TermEnd,
            witness = demo.Witness,
            // Demo stand-in for the scanned signed document: the SHA-256 of its title, at an archive location.
            document = new { sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(demo.Title))), location = $"corridor-archive://agreements/{demo.Key}.pdf" },
            plans = (demo.Plans ?? []).Select(p => new { year = p.Year, area = p.Area, planned = p.Planned, goal = p.Goal }),
        }, drafter, cancellationToken);

        var path = $"/api/v1/agreements/{created.Id}";
        var current = await api.PostAsync<AgreementView>(urls.Agreements, path + "/propose", null, drafter, cancellationToken);
        foreach (var region in demo.PartyRegions)
        {
            var signatory = $"{CorridorRegions.Find(region)!.ChineseName}直属机关工委书记";
            current = await api.PostAsync<AgreementView>(
                urls.Agreements, path + "/signatures", new { signatory }, DemoCallers.Member(region), cancellationToken);
        }

        return current.Status == "Active"
            ? current
            : throw new SeedFailedException($"Agreement '{demo.Title}' ({created.Id}) is {current.Status} after every party signed; expected Active.");
    }

    private async Task RecordActivityAsync(DemoActivity demo, CancellationToken cancellationToken)
    {
        var agreement = _agreements[demo.AgreementKey];
        await api.PostAsync<ActivityView>(urls.Agreements, $"/api/v1/agreements/{agreement.Id}/activities", new
        {
            area = demo.Area,
            date = demo.Date,
            hostOrganId = DemoOrgans.Of(demo.HostRegion).OrganId,
            participatingOrganIds = demo.ParticipatingRegions.Select(r => DemoOrgans.Of(r).OrganId),
            participantCount = demo.ParticipantCount,
            summary = demo.Summary,
        }, DemoCallers.Member(demo.HostRegion), cancellationToken);
    }

    private async Task<ProjectView> ReviewProjectAsync(DemoProject demo, CancellationToken cancellationToken)
    {
        var lead = DemoCallers.Member(demo.LeadRegion);
        var created = await api.PostAsync<ProjectView>(urls.Lists, "/api/v1/projects", new
        {
            title = demo.Title,
            description = demo.Description,
            partners = demo.PartnerRegions.Select(DemoOrgans.Of).Select(o => new { organId = o.OrganId, regionCode = o.RegionCode }),
            agreementId = demo.AgreementKey is null ? (Guid?)null : _agreements[demo.AgreementKey].Id,
        }, lead, cancellationToken);

        var path = $"/api/v1/projects/{created.Id}";
        var current = await api.PostAsync<ProjectView>(urls.Lists, path + "/submit", null, lead, cancellationToken);
        if (!demo.Approve)
        {
            return current;
        }

        var reviewers = demo.PartnerRegions.Prepend(demo.LeadRegion).Select(DemoCallers.Coordinator).Append(DemoCallers.Secretariat());
        foreach (var reviewer in reviewers)
        {
            current = await api.PostAsync<ProjectView>(
                urls.Lists, path + "/approvals", new { revision = current.Revision }, reviewer, cancellationToken);
        }

        return current.Status == "Approved"
            ? current
            : throw new SeedFailedException(
                $"Project '{demo.Title}' ({created.Id}) is {current.Status} after all reviewers approved; still pending: {string.Join(", ", current.PendingApprovals)}.");
    }

    private async Task<TimeSpan> WaitForTeamsAsync(CancellationToken cancellationToken)
    {
        var expected = DemoData.Projects.Where(p => p.Approve).Select(p => _projects[p.Key].Id).ToHashSet();
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            // The demo's projects are the latest approvals, so the first page holds them.
            var known = await api.GetAsync<PageView<ApprovedProjectView>>(
                urls.Teams, "/api/v1/approved-projects?limit=200", DemoCallers.Secretariat(), cancellationToken);
            var missing = expected.Except(known.Items.Select(k => k.ProjectId)).ToArray();
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (missing.Length == 0)
            {
                return elapsed;
            }

            if (elapsed >= teamsWait)
            {
                throw new SeedFailedException(
                    $"Teams has not received the approval of project(s) {string.Join(", ", missing)} within {teamsWait.TotalSeconds:0} s " +
                    "(GET /api/v1/approved-projects): check the broker and the Lists outbox / Teams logs.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private async Task<TeamView> RegisterAndDeployAsync(DemoTeam demo, CancellationToken cancellationToken)
    {
        var owner = DemoCallers.Member(demo.Region);
        var team = await api.PostAsync<TeamView>(urls.Teams, "/api/v1/teams", new
        {
            kind = demo.Kind,
            name = demo.Name,
            mission = demo.Mission,
            formedOn = demo.FormedOn,
            parentPartyOrganisation = demo.ParentPartyOrganisation,
            dissolveBy = demo.DissolveBy,
        }, owner, cancellationToken);

        var path = $"/api/v1/teams/{team.Id}";
        var organ = DemoOrgans.Of(demo.Region).OrganId;
        foreach (var member in demo.Members ?? [])
        {
            await api.PostAsync<JsonElement>(urls.Teams, path + "/members", new
            {
                personName = member.PersonName,
                organId = organ,
                role = member.Role,
                partyMember = member.PartyMember,
                phone = member.Phone,
                joinedOn = member.JoinedOn,
            }, owner, cancellationToken);
        }

        if (demo.ActivatedOn is { } activatedOn)
        {
            team = await api.PostAsync<TeamView>(urls.Teams, path + "/activate", new { effectiveOn = activatedOn }, owner, cancellationToken);
        }

        foreach (var deployment in demo.Deployments)
        {
            var deployed = await api.PostAsync<DeploymentView>(urls.Teams, path + "/deployments", new
            {
                projectId = _projects[deployment.ProjectKey].Id,
                from = deployment.From,
                to = deployment.To,
                task = deployment.Task,
            }, owner, cancellationToken);
            foreach (var outcome in deployment.Outcomes ?? [])
            {
                await api.PostAsync<DeploymentView>(urls.Teams, $"{path}/deployments/{deployed.Id}/outcomes", new { text = outcome }, owner, cancellationToken);
            }
        }

        if (demo.StandDownReason is { } reason)
        {
            team = await api.PostAsync<TeamView>(urls.Teams, path + "/stand-down", new { reason }, owner, cancellationToken);
        }

        return team;
    }
}
