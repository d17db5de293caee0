using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Mail;
using Corridor.Notifications.Preferences;
using Corridor.Testing;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>The caller's mail preferences through the use cases REST and gRPC share, and their effect on the mail.</summary>
public sealed class PreferencesTests
{
    private static readonly CallerIdentity Staff = new("staff-450900", "450900", MailTestBed.Organ, ["member"]);

    [Fact]
    public async Task Nothing_set_means_every_kind_immediately()
    {
        await using var bed = await MailTestBed.CreateAsync();
        await bed.AddPersonAsync(Staff.Subject, "staff@yulin.example");

        var preferences = await RunAsync(bed.NewReplica(Staff), new GetPreferences());

        Assert.Equal("immediate", preferences.Default);
        Assert.Empty(preferences.Kinds);
    }

    [Fact]
    public async Task Set_replaces_the_preferences_and_decides_the_next_mails()
    {
        await using var sink = SmtpSink.Start();
        await using var bed = await MailTestBed.CreateAsync(sink.Port);
        var replica = bed.NewReplica(Staff);
        await bed.AddPersonAsync(Staff.Subject, "staff@yulin.example");

        await RunAsync(replica, new SetPreferences("dailyDigest", [new(NotificationKinds.ProblemUrged, "immediate"), new(NotificationKinds.ProblemClosed, "off")]));
        var replaced = await RunAsync(replica, new SetPreferences("off", [new(NotificationKinds.ProblemUrged, "immediate")]));
        var read = await RunAsync(replica, new GetPreferences());

        Assert.Equal(replaced.Default, read.Default);
        Assert.Equal(replaced.Kinds, read.Kinds);
        Assert.Equal("off", read.Default);
        Assert.Equal([new KindMailPreference(NotificationKinds.ProblemUrged, "immediate")], read.Kinds);

        await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办");
        await bed.NotifyAsync(replica, NotificationKinds.ProblemAccepted, "已受理");
        Assert.Equal(1, await replica.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None));
        Assert.Equal("【西部陆海新通道】催办", Assert.Single(await sink.WaitForAsync(_ => true, 1, TimeSpan.FromSeconds(10))).Subject);
    }

    [Fact]
    public async Task An_unknown_kind_or_mode_is_refused_with_the_field_named()
    {
        await using var bed = await MailTestBed.CreateAsync();
        await bed.AddPersonAsync(Staff.Subject, "staff@yulin.example");

        var refused = await Assert.ThrowsAsync<ValidationException>(
            () => RunAsync(bed.NewReplica(Staff), new SetPreferences("weekly", [new("problem.unknown", "off"), new(NotificationKinds.ProblemUrged, "sometimes")])));

        Assert.Equal(
            ["Default", "Kinds[0].Kind", "Kinds[1].Mode"],
            refused.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_person_Identity_has_not_announced_cannot_set_preferences_yet()
    {
        await using var bed = await MailTestBed.CreateAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => RunAsync(bed.NewReplica(Staff), new SetPreferences("off", null)));
    }

    private static async Task<T> RunAsync<T>(IServiceProvider replica, IUseCase<T> request)
    {
        await using var scope = replica.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UseCaseRunner>().RunAsync(request, CancellationToken.None);
    }
}
