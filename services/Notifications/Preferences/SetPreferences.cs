using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Mail;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Preferences;

/// <summary>
/// Replaces the caller's mail preferences: <see cref="Default"/> for every kind not listed (absent: immediate) and a
/// mode per listed kind. Takes effect for notifications made from then on; the inbox is not affected.
/// </summary>
public sealed record SetPreferences(string? Default, IReadOnlyList<KindMailPreference>? Kinds) : IUseCase<MailPreferences>;

internal sealed class SetPreferencesValidator : AbstractValidator<SetPreferences>
{
    private static readonly string[] KnownKinds = [.. typeof(NotificationKinds).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    public SetPreferencesValidator()
    {
        RuleFor(r => r.Default).Must(m => m is null || MailPreferences.ParseMode(m) is not null)
            .WithMessage("Give immediate, dailyDigest or off.");
        RuleFor(r => r.Kinds).Must(k => k is null || k.Count <= KnownKinds.Length)
            .WithMessage($"At most {KnownKinds.Length} kinds.");
        RuleFor(r => r.Kinds).Must(k => k is null || k.Select(p => p.Kind).Distinct(StringComparer.Ordinal).Count() == k.Count)
            .WithMessage("Name each kind once.");
        RuleForEach(r => r.Kinds).ChildRules(kind =>
        {
            kind.RuleFor(p => p.Kind).Must(k => KnownKinds.Contains(k, StringComparer.Ordinal))
                .WithMessage(p => $"Unknown notification kind '{p.Kind}'; docs/domain/notifications.md lists them.");
            kind.RuleFor(p => p.Mode).Must(m => MailPreferences.ParseMode(m) is not null)
                .WithMessage("Give immediate, dailyDigest or off.");
        });
    }
}

internal sealed class SetPreferencesHandler(NotificationsDbContext db, InboxOwner owner, CallerIdentity caller, TimeProvider clock)
    : IUseCaseHandler<SetPreferences, MailPreferences>
{
    public async Task<MailPreferences> HandleAsync(SetPreferences request, CancellationToken cancellationToken)
    {
        var personId = await owner.PersonIdAsync(cancellationToken)
            ?? throw new NotFoundException("Person", caller.Subject);
        var now = clock.GetUtcNow().UtcDateTime;
        var wanted = new Dictionary<string, MailMode>(StringComparer.Ordinal)
        {
            [MailPreference.AnyKind] = MailPreferences.ParseMode(request.Default) ?? MailMode.Immediate,
        };
        foreach (var kind in request.Kinds ?? [])
        {
            wanted[kind.Kind] = MailPreferences.ParseMode(kind.Mode)!.Value;
        }

        // One SaveChanges: the person's rows are changed, dropped and added together.
        var preferences = db.Set<MailPreference>();
        var stored = await preferences.Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var preference in stored)
        {
            if (wanted.Remove(preference.Kind, out var mode))
            {
                preference.Change(mode, now);
            }
            else
            {
                preferences.Remove(preference);
            }
        }

        preferences.AddRange(wanted.Select(w => new MailPreference(personId, w.Key, w.Value, now)));
        await db.SaveChangesAsync(cancellationToken);
        var result = await preferences.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        return MailPreferences.Of(result);
    }
}
