using MimeKit;

namespace Corridor.Testing;

/// <summary>One mail as an <see cref="SmtpSink"/> received it: the SMTP envelope and the parsed message.</summary>
/// <param name="EnvelopeFrom">The address of the MAIL FROM command.</param>
/// <param name="EnvelopeTo">The addresses of the RCPT TO commands.</param>
/// <param name="Message">The message, parsed by MimeKit.</param>
/// <param name="ReceivedAt">When the sink stored it.</param>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message, DateTimeOffset ReceivedAt)
{
    /// <summary>The addresses of the To header.</summary>
    public IReadOnlyList<string> To => [.. Message.To.Mailboxes.Select(mailbox => mailbox.Address)];

    /// <summary>The decoded Subject header.</summary>
    public string Subject => Message.Subject ?? "";

    /// <summary>The text/plain body, if any.</summary>
    public string? TextBody => Message.TextBody;

    /// <summary>The text/html body, if any.</summary>
    public string? HtmlBody => Message.HtmlBody;

    /// <summary>The Message-ID header without its angle brackets (MimeKit's form), if any.</summary>
    public string? MessageId => Message.MessageId;

    /// <summary>The decoded value of the first header named <paramref name="name"/>, if any.</summary>
    /// <param name="name">A header name, case-insensitive.</param>
    public string? Header(string name) => Message.Headers[name];
}
