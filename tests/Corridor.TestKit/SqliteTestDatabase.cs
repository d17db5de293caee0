namespace Corridor.TestKit;

/// <summary>
/// A SQLite database file in a directory of its own, created per instance and deleted on dispose.
/// Only the location is provided (no EF or SQLite dependency): pass <see cref="ConnectionString"/>
/// to the code under test.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite pools connections; call <c>SqliteConnection.ClearAllPools()</c> before
/// disposing when the files must be gone (on Windows, open files cannot be deleted). A directory
/// that is still in use after a bounded retry is left behind without notice; any error other than
/// an <see cref="IOException"/> is rethrown.
/// </remarks>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private const int DeleteAttempts = 10;
    private static readonly TimeSpan DeleteRetryDelay = TimeSpan.FromMilliseconds(100);

    private int _disposed;

    /// <summary>Creates a fresh, empty directory for a database named <paramref name="name"/>.</summary>
    /// <param name="name">The file name of the database, without extension or directory.</param>
    public SqliteTestDatabase(string name = "test")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/', StringComparison.Ordinal)
            || name.Contains('\\', StringComparison.Ordinal) || name is "." or "..")
        {
            throw new ArgumentException($"'{name}' is not a plain file name.", nameof(name));
        }

        Name = name;
        DirectoryPath = Directory.CreateTempSubdirectory("corridor-sqlite-").FullName;
        DatabasePath = Path.Combine(DirectoryPath, name + ".db");
        ConnectionString = "Data Source=" + QuoteIfNeeded(DatabasePath);
    }

    /// <summary>The database name given to the constructor.</summary>
    public string Name { get; }

    /// <summary>The directory that holds the database file (and its journal or WAL files).</summary>
    public string DirectoryPath { get; }

    /// <summary>The full path of the database file, <c>&lt;directory&gt;/&lt;name&gt;.db</c>; it does not exist until SQLite creates it.</summary>
    public string DatabasePath { get; }

    /// <summary>The connection string: <c>Data Source=&lt;directory&gt;/&lt;name&gt;.db</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Deletes the directory and everything in it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(DirectoryPath))
                {
                    Directory.Delete(DirectoryPath, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < DeleteAttempts)
            {
                await Task.Delay(DeleteRetryDelay);
            }
            catch (IOException ex)
            {
                // Still shared after the bounded retry: leave the temp directory behind, but say so.
                await Console.Error.WriteLineAsync($"SqliteTestDatabase: could not delete {DirectoryPath}: {ex.Message}");
                return;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => ConnectionString;

    private static string QuoteIfNeeded(string value) =>
        value.AsSpan().IndexOfAny(";'\"=") >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
