using Matchmaking.Engine.Text;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Matching;

/// <summary>The text model named in configuration, loaded once.</summary>
public sealed class TextModelProvider(IOptions<ModelOptions> options)
{
    private readonly Lazy<TextModel> _model = new(() => Load(options.Value.Path));

    public TextModel Model => _model.Value;

    public static TextModel Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return TextModel.Default;
        }

        using var stream = File.OpenRead(path);
        return TextModel.Load(stream);
    }
}
