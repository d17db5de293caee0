using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Corridor.Notifications.Mail;

/// <summary>One SMTP conversation with the configured relay (MailKit), for the mails of one sender run.</summary>
public sealed class SmtpConnection : IAsyncDisposable
{
    private readonly SmtpClient _client;

    private SmtpConnection(SmtpClient client) => _client = client;

    public static async Task<SmtpConnection> OpenAsync(SmtpOptions smtp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None
                : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return new SmtpConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Returns once the relay has accepted the mail (its 250 after DATA).</summary>
    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => _client.SendAsync(message, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // The mails are sent or recorded as failed already; a relay that hangs up before QUIT changes nothing.
        }
        finally
        {
            _client.Dispose();
        }
    }
}
