namespace Corridor.Notifications.Mail;

/// <summary>Settings under <c>Notifications:Smtp</c>: the relay that carries the mail (locally the SMTP sink of up.sh).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Notifications:Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary>Signs in when set (with <see cref="Password"/>); empty for a relay that needs no sign-in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS: implicit on port 465, STARTTLS required elsewhere; off, the conversation is plain text (a local relay only).</summary>
    public bool UseTls { get; set; }

    /// <summary>The From address of every mail.</summary>
    public string From { get; set; } = "西部陆海新通道 <noreply@corridor.local>";
}
