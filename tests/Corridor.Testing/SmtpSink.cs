using System.Net;
using Corridor.TestKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using Server = SmtpServer.SmtpServer;

namespace Corridor.Testing;

/// <summary>
/// A real SMTP server inside the test process (the <c>SmtpServer</c> package) on 127.0.0.1 that accepts every
/// mail, without authentication or TLS, and keeps it parsed (<see cref="ReceivedMail"/>): what a service sends
/// through MailKit arrives here over a real SMTP conversation.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly SmtpSinkStore _store;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _running;

    private SmtpSink(int port)
    {
        Port = port;
        _store = new SmtpSinkStore();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("corridor-test-sink")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(_store);
        // StartAsync binds the listener before its first await, so the port answers once this returns.
        _running = new Server(options, services).StartAsync(_stopping.Token);
        if (_running.IsFaulted)
        {
            _running.GetAwaiter().GetResult();
        }
    }

    /// <summary>The loopback address the sink listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The port the sink listens on.</summary>
    public int Port { get; }

    /// <summary>Every mail received so far, in the order of arrival.</summary>
    public IReadOnlyList<ReceivedMail> Received => _store.Snapshot();

    /// <summary>Starts a sink on a free loopback port (<see cref="FreePorts"/>).</summary>
    public static SmtpSink Start() => Start(FreePorts.Next());

    /// <summary>
    /// Starts a sink on <paramref name="port"/>: a test can hand a port to a sender first and bring the
    /// server up later (a mail server that was down).
    /// </summary>
    /// <param name="port">A free port on 127.0.0.1, e.g. from <see cref="FreePorts.Next()"/>.</param>
    public static SmtpSink Start(int port) => new(port);

    /// <summary>
    /// Waits until at least <paramref name="count"/> received mails match <paramref name="predicate"/> and returns
    /// them (all matching mails, in the order of arrival); throws a <see cref="TimeoutException"/> listing what
    /// did arrive when they have not within <paramref name="timeout"/>.
    /// </summary>
    /// <param name="predicate">Which mails count.</param>
    /// <param name="count">How many matching mails to wait for (at least one).</param>
    /// <param name="timeout">The bound of the wait.</param>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(Func<ReceivedMail, bool> predicate, int count, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            // Taken before the check, so a mail stored right after the check still wakes the wait.
            var nextArrival = _store.NextArrival;
            var received = _store.Snapshot();
            var matching = received.Where(predicate).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            try
            {
                await nextArrival.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"{matching.Count} of {count} expected mails arrived at 127.0.0.1:{Port} within {timeout.TotalSeconds:0.#} s; "
                    + $"received {received.Count}: {Describe(received)}");
            }
        }
    }

    /// <summary>Stops listening and waits (bounded) until the open sessions have ended.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _running.WaitAsync(StopTimeout);
        }
        catch (OperationCanceledException)
        {
            // The server's own way of ending on cancellation.
        }

        _stopping.Dispose();
    }

    private static string Describe(IReadOnlyList<ReceivedMail> received) =>
        received.Count == 0
            ? "none"
            : string.Join("; ", received.Select(mail => $"to {string.Join(",", mail.EnvelopeTo)} \"{mail.Subject}\""));
}
