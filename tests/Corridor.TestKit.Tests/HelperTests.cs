using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Corridor.TestKit.Tests;

public sealed class FreePortsTests
{
    [Fact]
    public void Ports_are_distinct_and_bindable()
    {
        var ports = FreePorts.Next(5).Append(FreePorts.Next()).ToArray();

        Assert.Equal(ports.Length, ports.Distinct().Count());
        foreach (var port in ports)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }

    [Fact]
    public void Ports_lie_below_the_range_the_kernel_gives_outgoing_connections()
    {
        var ports = FreePorts.Next(50);

        Assert.All(ports, port => Assert.InRange(port, 10_000, FreePorts.EphemeralStart - 1));
    }

    [Fact]
    public void A_port_someone_listens_on_is_never_handed_out()
    {
        var taken = new List<TcpListener>();
        try
        {
            var before = FreePorts.Next();
            for (var port = before + 1; port < before + 20 && port < FreePorts.EphemeralStart; port++)
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                try
                {
                    listener.Start();
                    taken.Add(listener);
                }
                catch (SocketException)
                {
                    // Someone else holds this one already, which serves the test just as well.
                    listener.Dispose();
                }
            }

            var after = FreePorts.Next(5);

            Assert.DoesNotContain(after, port => taken.Exists(l => ((IPEndPoint)l.LocalEndpoint).Port == port));
        }
        finally
        {
            taken.ForEach(l => l.Stop());
        }
    }
}

public sealed class SqliteTestDatabaseTests
{
    [Fact]
    public async Task Each_instance_has_its_own_directory_which_dispose_deletes()
    {
        var first = new SqliteTestDatabase("orders");
        await using var second = new SqliteTestDatabase("orders");

        Assert.NotEqual(first.DirectoryPath, second.DirectoryPath);
        Assert.True(Directory.Exists(first.DirectoryPath));
        Assert.Equal(Path.Combine(first.DirectoryPath, "orders.db"), first.DatabasePath);
        Assert.Equal($"Data Source={first.DatabasePath}", first.ConnectionString);

        await File.WriteAllTextAsync(first.DatabasePath, "not really sqlite");
        await first.DisposeAsync();
        await first.DisposeAsync();

        Assert.False(Directory.Exists(first.DirectoryPath));
        Assert.True(Directory.Exists(second.DirectoryPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void Name_must_be_a_plain_file_name(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => new SqliteTestDatabase(name));
}

public sealed class EventuallyTests
{
    [Fact]
    public async Task Returns_once_the_condition_holds()
    {
        var calls = 0;
        await Eventually.TrueAsync(() => Task.FromResult(++calls >= 3), TimeSpan.FromSeconds(5), "the third call");
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Times_out_with_the_reason()
    {
        var started = DateTime.UtcNow;
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => Eventually.TrueAsync(() => false, TimeSpan.FromMilliseconds(300), "the sky turns green"));

        Assert.Contains("the sky turns green", error.Message, StringComparison.Ordinal);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_check_that_hangs_is_bounded_by_the_timeout()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => Eventually.TrueAsync(
                async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(30));
                    return true;
                },
                TimeSpan.FromMilliseconds(200),
                "a slow check"));

        Assert.Contains("still running", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exceptions_from_the_check_propagate()
    {
        var calls = 0;
        async Task<bool> Broken()
        {
            calls++;
            await Task.Yield();
            throw new InvalidOperationException("broken");
        }

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Eventually.TrueAsync(Broken, TimeSpan.FromSeconds(5), "never"));
        Assert.Equal(1, calls);
    }
}
