namespace Matchmaking.Engine.Text;

/// <summary>
/// The model shipped with the engine: ml-models/text-model.zip embedded as a resource, so no folder is needed at run time.
/// </summary>
internal static class BuiltInModel
{
    public const string ArtifactResource = "Matchmaking.Engine.text-model.zip";

    public static TextModel Create()
    {
        var assembly = typeof(BuiltInModel).Assembly;
        using var artifact = assembly.GetManifestResourceStream(ArtifactResource);
        return artifact is not null
            ? TextModel.Load(artifact)
            : throw new InvalidOperationException($"This build has no embedded {ArtifactResource}; run `matchmaking train` and rebuild.");
    }
}
