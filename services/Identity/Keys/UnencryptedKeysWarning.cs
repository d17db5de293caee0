namespace Corridor.Identity.Keys;

/// <summary>Says at start-up, outside Development, that whoever reads the database can read the keys.</summary>
internal sealed partial class UnencryptedKeysWarning(ILogger<UnencryptedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogUnencrypted();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity:DataProtection:CertificatePath is not set: the Data Protection keys, which protect the stored signing keys, are stored unencrypted in the database")]
    private partial void LogUnencrypted();
}
