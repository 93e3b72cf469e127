namespace Matchmaking.Core.Matching;

public sealed class ModelOptions
{
    public const string Section = "Model";

    /// <summary>Path of the text model artifact; empty means the model shipped inside the engine.</summary>
    public string? Path { get; set; }
}
