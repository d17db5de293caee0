using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Mail;
using Corridor.Notifications.People;
using Corridor.Notifications.Recipients;
using Corridor.Testing;
using Corridor.TestKit;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>
/// One migrated SQLite database, a fake clock (08:30 China time on 2026-12-07) and an SMTP port, with "replicas"
/// (service providers wired like the service's mail part) that share them. The background loops are not started:
/// a test runs the sender and the digest by hand, so the clock alone decides when a retry is due.
/// </summary>
internal sealed class MailTestBed : IAsyncDisposable
{
    public const string Organ = "11450900MB1234567X";
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 0, 30, 0, TimeSpan.Zero);

    private readonly MigratedSqliteDatabase<SqliteNotificationsDbContext> _database;
    private readonly List<ServiceProvider> _replicas = [];
    private readonly Dictionary<string, string?> _settings;

    private MailTestBed(int smtpPort, IReadOnlyDictionary<string, string?>? settings)
    {
        _database = new MigratedSqliteDatabase<SqliteNotificationsDbContext>("notifications-mail");
        SmtpPort = smtpPort;
        _settings = new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "西部陆海新通道 <noreply@corridor.local>",
            ["Notifications:Mail:MinRetryDelay"] = "00:01:00",
            ["Notifications:Mail:MaxRetryDelay"] = "00:10:00",
            ["Notifications:Mail:SendTimeout"] = "00:00:10",
            ["Notifications:ConsoleBaseUrl"] = "https://console.corridor.example",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public int SmtpPort { get; }

    public static async Task<MailTestBed> CreateAsync(int? smtpPort = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bed = new MailTestBed(smtpPort ?? FreePorts.Next(), settings);
        await bed._database.MigrateAsync();
        return bed;
    }

    /// <summary>
    /// A new replica: its own services (sender, digest, channel) on the shared database, clock and settings; with a
    /// caller, also the service's use cases as that caller runs them.
    /// </summary>
    public IServiceProvider NewReplica(CallerIdentity? caller = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<NotificationSignal>();
        services.AddScoped<NotificationsDbContext>(_ => _database.Open());
        services.AddScoped<RecipientDirectory>();
        services.AddScoped<NotificationWriter>();
        services.AddMail();
        if (caller is not null)
        {
            services.AddUseCases(typeof(MailServiceExtensions).Assembly);
            services.AddValidatorsFromAssembly(typeof(MailServiceExtensions).Assembly, includeInternalTypes: true);
            services.AddScoped<InboxOwner>();
            services.AddScoped(_ => caller);
        }

        // Not validated on build with use cases: the assembly's other handlers need services a mail test does not wire.
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = caller is null });
        _replicas.Add(provider);
        return provider;
    }

    public NotificationsDbContext Open() => _database.Open();

    public async Task<Guid> AddPersonAsync(string userName, string? email, string organ = Organ)
    {
        var person = new KnownPerson(Guid.NewGuid());
        person.Apply(userName, userName, organ, "450900", ["member"], email, active: true, version: 1);
        await using var db = Open();
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.PersonId;
    }

    public async Task SetPreferenceAsync(Guid personId, string kind, MailMode mode)
    {
        await using var db = Open();
        db.Set<MailPreference>().Add(new MailPreference(personId, kind, mode, Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    /// <summary>Tells everyone of <paramref name="organ"/> through <paramref name="replica"/>'s writer, as a consumer does (one SaveChanges).</summary>
    public async Task<int> NotifyAsync(IServiceProvider replica, string kind, string subject, string organ = Organ)
    {
        await using var scope = replica.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var draft = new NotificationDraft(
            kind,
            NotificationSeverity.Yellow,
            RecordRef.Problem(Guid.NewGuid()),
            new NotificationText(subject, $"{subject}：玉林市发展和改革委员会请抓紧办理。"),
            new NotificationText($"EN {subject}", $"EN {subject}: act on it."));
        var added = await scope.ServiceProvider.GetRequiredService<NotificationWriter>()
            .AddAsync(draft, [Audience.OrganPeople(organ)], $"{kind}:{Guid.NewGuid():N}", CancellationToken.None);
        await db.SaveChangesAsync();
        return added;
    }

    public async Task<List<MailDelivery>> DeliveriesAsync()
    {
        await using var db = Open();
        return await db.Set<MailDelivery>().AsNoTracking().OrderBy(d => d.CreatedAt).ToListAsync();
    }

    public async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = Open();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.Sequence).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
