namespace Corridor.TestKit;

/// <summary>Finds the repository checkout the tests run from.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "Corridor.sln";

    /// <summary>
    /// Walks up from <see cref="AppContext.BaseDirectory"/> to the directory holding Corridor.sln;
    /// <see langword="null"/> when there is none (e.g. the tests run from a copied output folder).
    /// </summary>
    public static string? TryFind()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
