namespace Matchmaking.Core.Hosting;

public static class RepositoryRoot
{
    /// <summary>The folder holding Matchmaking.sln above the running binary, or the current folder outside a checkout.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Matchmaking.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
