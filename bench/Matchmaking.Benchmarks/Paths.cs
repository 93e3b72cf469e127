namespace Matchmaking.Benchmarks;

internal static class Paths
{
    /// <summary>The repository's ml-models/ folder, found by walking up from the working directory.</summary>
    public static string ModelsFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Matchmaking.sln")))
            {
                return Path.Combine(dir.FullName, "ml-models");
            }
        }

        throw new DirectoryNotFoundException("Run from inside the repository, or pass the ml-models folder.");
    }
}
